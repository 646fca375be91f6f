import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { isUniqueViolation } from "@/db/dialect";
import { users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import type { ChangeRoleInput, CreateUserInput, SetActiveInput } from "@/lib/accounts/schema";
import type { Role } from "@/lib/accounts/types";
import { recordAudit } from "@/lib/audit/data/audit";
import { deleteSessionsForUser } from "./sessions";
import { createUserAccount, findUserIdByEmail, normalizeEmail } from "./user-accounts";

export type UserListItem = { id: number; email: string; name: string; role: Role; active: boolean };

/** Every account, for the administrator's user list. */
export async function listUsers(): Promise<UserListItem[]> {
  await requirePermission("user:manage");
  return await getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active })
    .from(users)
    .orderBy(asc(users.email));
}

export async function createUser(input: CreateUserInput): Promise<{ id: number; email: string }> {
  const actor = await requirePermission("user:manage");
  const email = normalizeEmail(input.email);
  const taken = { fieldErrors: { email: ["beheer.users.errors.emailTaken"] } };
  if ((await findUserIdByEmail(email)) !== undefined) throw new InputError(taken);
  try {
    const { id } = await createUserAccount({ ...input, email }, { actorId: actor.id });
    return { id, email };
  } catch (error) {
    // Two administrators creating the same address at once: the unique index decides. The insert
    // runs in createUserAccount's own transaction (a savepoint inside a caller's), which the error
    // has rolled back already, so a PostgreSQL transaction is not left aborted here.
    if (isUniqueViolation(error)) throw new InputError(taken);
    throw error;
  }
}

async function loadSubject(userId: number) {
  const subject = (
    await getDb()
      .select({ id: users.id, role: users.role, active: users.active })
      .from(users)
      .where(eq(users.id, userId))
      .limit(1)
  )[0];
  if (!subject) throw new InputError({ formError: "beheer.users.errors.userUnknown" });
  return subject;
}

/**
 * Changes a role and ends that user's sessions, so the new role (fewer rights, or more) applies
 * from their next sign-in. Administrators cannot take away their own admin role: that keeps at
 * least one administrator, and stops locking oneself out by accident.
 */
export async function changeUserRole(input: ChangeRoleInput): Promise<{ changed: boolean }> {
  const actor = await requirePermission("user:manage");
  const subject = await loadSubject(input.userId);
  if (subject.id === actor.id && input.role !== "admin") {
    throw new InputError({ fieldErrors: { role: ["beheer.users.errors.ownRole"] } });
  }
  if (subject.role === input.role) return { changed: false };
  await transaction(async (tx) => {
    await tx
      .update(users)
      .set({ role: input.role, updatedAt: new Date() })
      .where(and(eq(users.id, subject.id), eq(users.role, subject.role)));
    await deleteSessionsForUser(subject.id, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: "user.role_changed",
        subjectType: "user",
        subjectId: subject.id,
        details: { from: subject.role, to: input.role },
      },
      tx,
    );
  });
  return { changed: true };
}

/** Deactivates (and signs out at once) or reactivates an account; never one's own. */
export async function setUserActive(input: SetActiveInput): Promise<{ changed: boolean }> {
  const actor = await requirePermission("user:manage");
  const subject = await loadSubject(input.userId);
  if (subject.id === actor.id) throw new InputError({ formError: "beheer.users.errors.ownAccount" });
  if (subject.active === input.active) return { changed: false };
  await transaction(async (tx) => {
    await tx
      .update(users)
      .set({ active: input.active, updatedAt: new Date() })
      .where(eq(users.id, subject.id));
    if (!input.active) await deleteSessionsForUser(subject.id, tx);
    await recordAudit(
      {
        actorId: actor.id,
        action: input.active ? "user.reactivated" : "user.deactivated",
        subjectType: "user",
        subjectId: subject.id,
        details: null,
      },
      tx,
    );
  });
  return { changed: true };
}
