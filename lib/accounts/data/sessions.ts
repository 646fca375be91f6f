import "server-only";
import crypto from "node:crypto";
import { eq, lt, or } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import type { SessionUser } from "@/lib/accounts/types";
import { env } from "@/lib/env";

/*
 * Server-side sessions: the cookie (next-auth's signed JWT) names a row here, and only a row that
 * exists, has not expired and belongs to an active user counts. Deleting rows logs people out at
 * once on every app instance. These are infrastructure functions called by lib/accounts/data/session.ts and
 * auth.ts; they do not check a session themselves.
 *
 * Lifetimes are settings (lib/env.ts SESSION_IDLE_MINUTES, SESSION_MAX_HOURS; defaults 30 minutes
 * without a request and 12 hours in all, OWASP ASVS 4 V3.3.2 level 2). A session found past either
 * limit is deleted there and then, and the caller learns which limit ended it, so the sign-in page
 * can tell the person why they have to sign in again.
 */

/** Extend the idle expiry at most once a minute, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionLifetimes = { idleMs: number; absoluteMs: number };

/** The configured lifetimes; an idle limit longer than the absolute one is the absolute one. */
export function sessionLifetimes(): SessionLifetimes {
  const { SESSION_IDLE_MINUTES, SESSION_MAX_HOURS } = env();
  const absoluteMs = SESSION_MAX_HOURS * 60 * 60 * 1000;
  return { absoluteMs, idleMs: Math.min(SESSION_IDLE_MINUTES * 60 * 1000, absoluteMs) };
}

/**
 * What a session id stands for now: a live session and its user, or why there is none —
 * "idle" (no request for longer than the idle limit), "expired" (older than the absolute limit),
 * "unknown" (no such row: signed out, or ended by an administrator; or the account is inactive).
 */
export type SessionLookup =
  | { status: "active"; user: SessionUser }
  | { status: "ended"; reason: "idle" | "expired" | "unknown" };

export async function createSession(
  userId: number,
  now: number = Date.now(),
  lifetimes: SessionLifetimes = sessionLifetimes(),
): Promise<{ id: string; expiresAt: Date }> {
  // 256 random bits: the id is a bearer secret (inside the signed cookie).
  const id = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now + lifetimes.idleMs);
  await transaction(async (tx) => {
    await tx.insert(sessions).values({ id, userId, expiresAt, createdAt: new Date(now) });
    // Housekeeping: expired rows of anyone are useless.
    await tx
      .delete(sessions)
      .where(
        or(
          lt(sessions.expiresAt, new Date(now)),
          lt(sessions.createdAt, new Date(now - lifetimes.absoluteMs)),
        ),
      );
  });
  return { id, expiresAt };
}

/**
 * Looks a session up. A live one slides its idle expiry forward (never past the absolute limit;
 * written at most once a minute). One past a limit is deleted, so it cannot come back, and the
 * reason is returned.
 */
export async function lookupSession(
  sessionId: string,
  now: number = Date.now(),
  lifetimes: SessionLifetimes = sessionLifetimes(),
): Promise<SessionLookup> {
  const db = getDb();
  const row = (
    await db
      .select({
        sessionId: sessions.id,
        expiresAt: sessions.expiresAt,
        createdAt: sessions.createdAt,
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        active: users.active,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sessionId))
      .limit(1)
  )[0];
  if (!row?.active) return { status: "ended", reason: "unknown" };

  const absoluteEnd = row.createdAt.getTime() + lifetimes.absoluteMs;
  if (absoluteEnd <= now || row.expiresAt.getTime() <= now) {
    await deleteSession(sessionId);
    return { status: "ended", reason: absoluteEnd <= now ? "expired" : "idle" };
  }

  const slid = Math.min(absoluteEnd, now + lifetimes.idleMs);
  if (slid - row.expiresAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(slid) })
      .where(eq(sessions.id, sessionId));
  }
  const user = { sessionId: row.sessionId, id: row.id, email: row.email, name: row.name, role: row.role };
  return { status: "active", user };
}

export async function deleteSession(sessionId: string): Promise<void> {
  await getDb().delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (role changed, account deactivated); pass a transaction to join it. */
export async function deleteSessionsForUser(userId: number, executor: Executor = getDb()): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.userId, userId));
}
