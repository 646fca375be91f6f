import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { lookupSession } from "@/lib/accounts/data/sessions";
import { AuthorizationError } from "../errors";
import { can, type Permission } from "../permissions";
import { hasSessionCookie } from "../session-cookie";
import type { SessionEnd, SessionUser } from "../types";
import { operatorAccount } from "./operator-context";

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

/** Why a request that carried a session cookie has no signed-in user: the limit that ended it. */

type RequestSession = { user: SessionUser | null; ended: SessionEnd | null };

/**
 * The request's session, once per request (React `cache`): several checks in one render read the
 * database once, and a session ended by its idle or absolute limit is deleted on the first look,
 * so only this request can still tell why (for the sign-in redirect, `sessionEnd()`).
 */
const requestSession = cache(async (): Promise<RequestSession> => {
  // A command-line task acting as an account (the demo seed); never set during a request.
  const operator = operatorAccount();
  if (operator) return { user: operator, ended: null };
  // Most requests are residents without a session cookie: skip decoding and the database.
  const cookieNames = (await cookies()).getAll().map((c) => c.name);
  if (!hasSessionCookie(cookieNames)) return { user: null, ended: null };
  const { readAuthSession } = await import("../next-auth-session");
  const ids = sessionIdsFrom(await readAuthSession());
  if (!ids) return { user: null, ended: null };
  const found = await lookupSession(ids.sessionId);
  if (found.status === "ended") {
    return { user: null, ended: found.reason === "unknown" ? null : found.reason };
  }
  const row = found.user;
  if (row.id !== ids.userId) return { user: null, ended: null };
  return {
    user: { id: row.id, email: row.email, name: row.name, role: row.role, sessionId: row.sessionId },
    ended: null,
  };
});

/**
 * The signed-in user, or null. The cookie only names a session; the user counts as signed in only
 * while that session row exists, is within its idle and absolute limits, and the account is
 * active, so logging out, deactivating or changing a role takes effect at once on every app
 * instance.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await requestSession()).user;
}

/**
 * When this request came with a session that just ran out: which limit ended it; otherwise null.
 * For the redirect to the sign-in page (lib/accounts/sign-in-path.ts), which then says why.
 */
export async function sessionEnd(): Promise<SessionEnd | null> {
  return (await requestSession()).ended;
}

/** The signed-in user; throws `AuthorizationError("signed-out")` when there is none. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AuthorizationError("signed-out");
  return user;
}

/**
 * The signed-in user when their role grants `permission` (lib/accounts/permissions.ts); throws
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
