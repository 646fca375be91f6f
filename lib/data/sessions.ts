import "server-only";
import crypto from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Role, sessions, users } from "@/db/schema";

/*
 * Server-side sessions: the cookie (next-auth's signed JWT) names a row here, and only a row that
 * exists, has not expired and belongs to an active user counts. Deleting rows logs people out at
 * once on every app instance. These are infrastructure functions called by lib/auth/session.ts and
 * auth.ts; they do not check a session themselves.
 *
 * Lifetimes follow OWASP ASVS 4 level 2 (V3.3.2): sign in again after 12 hours at most, or after
 * 30 minutes without any request.
 */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** Extend the idle expiry at most once a minute, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionUserRow = { sessionId: string; id: number; email: string; name: string; role: Role };

export function createSession(userId: number, now: number = Date.now()): { id: string; expiresAt: Date } {
  // 256 random bits: the id is a bearer secret (inside the signed cookie).
  const id = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now + Math.min(SESSION_IDLE_MS, SESSION_ABSOLUTE_MS));
  const db = getDb();
  db.transaction((tx) => {
    tx.insert(sessions)
      .values({ id, userId, expiresAt, createdAt: new Date(now) })
      .run();
    // Housekeeping: expired rows of anyone are useless.
    tx.delete(sessions)
      .where(lt(sessions.expiresAt, new Date(now)))
      .run();
  });
  return { id, expiresAt };
}

/**
 * The user of a live session, or null when the session is unknown, expired, or its user is
 * deactivated. Slides the idle expiry forward (never past the absolute limit).
 */
export function findSessionUser(sessionId: string, now: number = Date.now()): SessionUserRow | null {
  const db = getDb();
  const row = db
    .select({
      sessionId: sessions.id,
      expiresAt: sessions.expiresAt,
      createdAt: sessions.createdAt,
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sessionId),
        gt(sessions.expiresAt, new Date(now)),
        gt(sessions.createdAt, new Date(now - SESSION_ABSOLUTE_MS)),
        eq(users.active, true),
      ),
    )
    .get();
  if (!row) return null;

  const slid = Math.min(row.createdAt.getTime() + SESSION_ABSOLUTE_MS, now + SESSION_IDLE_MS);
  if (slid - row.expiresAt.getTime() >= TOUCH_INTERVAL_MS) {
    db.update(sessions)
      .set({ expiresAt: new Date(slid) })
      .where(eq(sessions.id, sessionId))
      .run();
  }
  return { sessionId: row.sessionId, id: row.id, email: row.email, name: row.name, role: row.role };
}

export function deleteSession(sessionId: string): void {
  getDb().delete(sessions).where(eq(sessions.id, sessionId)).run();
}

type Executor = Pick<ReturnType<typeof getDb>, "delete">;

/** Ends every session of a user (role changed, account deactivated); pass a transaction to join it. */
export function deleteSessionsForUser(userId: number, executor: Executor = getDb()): void {
  executor.delete(sessions).where(eq(sessions.userId, userId)).run();
}
