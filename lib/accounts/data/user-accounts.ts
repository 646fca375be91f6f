import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { hashPassword } from "@/lib/accounts/password";
import type { Role } from "@/lib/accounts/types";
import { recordAudit } from "@/lib/audit/data/audit";

/** Accounts are looked up by email case-insensitively: "Jan@Oosterhout.nl" is "jan@oosterhout.nl". */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * System-level account creation, with no session check: for the operator CLI and the seed.
 * Server actions reach it only through lib/accounts/data/users.ts `createUser()`, which checks
 * `requirePermission("user:manage")` first. The creation is written to the audit log in the same
 * transaction (`actorId` null: the operator or the seed).
 */
export async function createUserAccount(
  input: { email: string; name: string; role: Role; password: string },
  options: { actorId?: number | null } = {},
): Promise<{ id: number }> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return await transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email, name: input.name.trim(), role: input.role, passwordHash })
      .returning({ id: users.id });
    await recordAudit(
      {
        actorId: options.actorId ?? null,
        action: "user.created",
        subjectType: "user",
        subjectId: row.id,
        details: { email, role: input.role },
      },
      tx,
    );
    return row;
  });
}

export async function findUserIdByEmail(email: string): Promise<number | undefined> {
  return (
    await getDb()
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, normalizeEmail(email)))
      .limit(1)
  )[0]?.id;
}

export type LoginAccount = { id: number; passwordHash: string; active: boolean; role: Role };

/**
 * Pre-authentication lookup for the sign-in check (lib/accounts/data/login.ts): no session exists yet.
 * Returns the password hash, so it must never reach a page or a client.
 */
export async function findLoginAccount(email: string): Promise<LoginAccount | undefined> {
  return (
    await getDb()
      .select({ id: users.id, passwordHash: users.passwordHash, active: users.active, role: users.role })
      .from(users)
      .where(eq(users.email, normalizeEmail(email)))
      .limit(1)
  )[0];
}

/** An active account by email, for acting as it from the command line (lib/accounts/data/operator-context.ts). */
export async function findActiveAccount(
  email: string,
): Promise<{ id: number; email: string; name: string; role: Role } | undefined> {
  return (
    await getDb()
      .select({ id: users.id, email: users.email, name: users.name, role: users.role })
      .from(users)
      .where(and(eq(users.email, normalizeEmail(email)), eq(users.active, true)))
      .limit(1)
  )[0];
}
