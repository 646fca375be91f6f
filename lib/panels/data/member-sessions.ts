import "server-only";
import { eq, lt, or } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { memberSessions, panelMembers } from "@/db/schema";
import {
  generateMemberSessionSecret,
  hashMemberSessionSecret,
  isMemberSessionSecret,
  MEMBER_SESSION_ABSOLUTE_MS,
  MEMBER_SESSION_IDLE_MS,
} from "@/lib/panels/member-tokens";

/*
 * Sessions of panel members signed in by a magic link. Infrastructure for lib/panels/data/member-session.ts
 * (the cookie layer) and the self-service data functions: these do not check a session themselves,
 * they are how one is checked. Only a hash of the cookie's secret is stored.
 */

/** Extend the idle expiry at most once a minute, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** A new session for a member; returns the secret for the cookie. Pass the caller's transaction. */
export async function createMemberSession(
  memberId: number,
  executor: Executor = getDb(),
  now: number = Date.now(),
): Promise<{ secret: string; expiresAt: Date }> {
  const secret = generateMemberSessionSecret();
  const expiresAt = new Date(now + MEMBER_SESSION_IDLE_MS);
  await executor
    .insert(memberSessions)
    .values({ idHash: hashMemberSessionSecret(secret), memberId, createdAt: new Date(now), expiresAt });
  // Housekeeping: expired rows of anyone are useless.
  await executor
    .delete(memberSessions)
    .where(
      or(
        lt(memberSessions.expiresAt, new Date(now)),
        lt(memberSessions.createdAt, new Date(now - MEMBER_SESSION_ABSOLUTE_MS)),
      ),
    );
  return { secret, expiresAt };
}

export type SessionMember = { memberId: number; panelId: number };

/**
 * The member of a live session, or null when the secret is unknown, the session expired (idle or
 * absolute), or the member has left or is not confirmed. Slides the idle expiry forward. A session
 * past either limit is deleted when it is seen, as staff sessions are (lib/accounts/data/sessions.ts): an
 * ended session is gone, not merely refused until the next sign-in sweeps it away.
 */
export async function findSessionMember(
  secret: string,
  now: number = Date.now(),
): Promise<SessionMember | null> {
  if (!isMemberSessionSecret(secret)) return null;
  const db = getDb();
  const idHash = hashMemberSessionSecret(secret);
  const row = (
    await db
      .select({
        memberId: panelMembers.id,
        panelId: panelMembers.panelId,
        status: panelMembers.status,
        expiresAt: memberSessions.expiresAt,
        createdAt: memberSessions.createdAt,
      })
      .from(memberSessions)
      .innerJoin(panelMembers, eq(panelMembers.id, memberSessions.memberId))
      .where(eq(memberSessions.idHash, idHash))
      .limit(1)
  )[0];
  if (!row) return null;
  const absoluteEnd = row.createdAt.getTime() + MEMBER_SESSION_ABSOLUTE_MS;
  if (absoluteEnd <= now || row.expiresAt.getTime() <= now) {
    await db.delete(memberSessions).where(eq(memberSessions.idHash, idHash));
    return null;
  }
  if (row.status !== "active" && row.status !== "paused") return null;
  const slid = Math.min(absoluteEnd, now + MEMBER_SESSION_IDLE_MS);
  if (slid - row.expiresAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db
      .update(memberSessions)
      .set({ expiresAt: new Date(slid) })
      .where(eq(memberSessions.idHash, idHash));
  }
  return { memberId: row.memberId, panelId: row.panelId };
}

export async function deleteMemberSession(secret: string): Promise<void> {
  if (!isMemberSessionSecret(secret)) return;
  await getDb()
    .delete(memberSessions)
    .where(eq(memberSessions.idHash, hashMemberSessionSecret(secret)));
}

/** Ends every session of a member (leaving, or an address change on another device). */
export async function deleteMemberSessionsOf(
  memberId: number,
  executor: Pick<Executor, "delete"> = getDb(),
): Promise<void> {
  await executor.delete(memberSessions).where(eq(memberSessions.memberId, memberId));
}
