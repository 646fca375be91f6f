import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Role } from "@/db/schema";
import { findSessionUser } from "@/lib/data/sessions";
import { AuthorizationError } from "./errors";
import { operatorAccount } from "./operator-context";
import { can, type Permission } from "./permissions";
import { hasSessionCookie } from "./session-cookie";

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The `sessions` row this request belongs to (logout deletes it). */
  sessionId: string;
};

/**
 * Server-side, next-auth's `auth()` returns the decoded JWT as `session.user` (our session callback
 * in auth.ts keeps it out of what the browser sees); the JWT holds `sid` and `sub` (user id).
 */
function sessionIdsFrom(session: unknown): { sessionId: string; userId: number } | null {
  const token = (session as { user?: { sid?: unknown; sub?: unknown } } | null)?.user;
  if (!token || typeof token.sid !== "string" || typeof token.sub !== "string") return null;
  const userId = Number(token.sub);
  return Number.isInteger(userId) ? { sessionId: token.sid, userId } : null;
}

/**
 * The signed-in user, or null. The cookie only names a session; the user counts as signed in only
 * while that session row exists, has not expired, and the account is active, so logging out,
 * deactivating or changing a role takes effect at once on every app instance.
 * Cached per request (React `cache`), so several checks in one render read the database once.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // A command-line task acting as an account (the demo seed); never set during a request.
  const operator = operatorAccount();
  if (operator) return operator;
  // Most requests are residents without a session cookie: skip decoding and the database.
  const cookieNames = (await cookies()).getAll().map((c) => c.name);
  if (!hasSessionCookie(cookieNames)) return null;
  const { readAuthSession } = await import("./next-auth-session");
  const ids = sessionIdsFrom(await readAuthSession());
  if (!ids) return null;
  const row = findSessionUser(ids.sessionId);
  if (!row || row.id !== ids.userId) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionId: row.sessionId };
});

/** The signed-in user; throws `AuthorizationError("signed-out")` when there is none. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AuthorizationError("signed-out");
  return user;
}

/**
 * The signed-in user when their role grants `permission` (lib/auth/permissions.ts); throws
 * `AuthorizationError` ("signed-out" or "forbidden") otherwise. Call it in every data function
 * and server action; the action wrapper turns the error into a refusal.
 */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  assertPermission(user, permission);
  return user;
}

/** Throws `AuthorizationError("forbidden")` unless the user's role grants `permission`. */
export function assertPermission(user: Pick<SessionUser, "role">, permission: Permission): void {
  if (!can(user.role, permission)) throw new AuthorizationError("forbidden", permission);
}
