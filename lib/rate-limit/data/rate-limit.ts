import "server-only";
import { and, count, eq, gt, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rateLimitEvents } from "@/db/schema";
import { transaction } from "@/db/transaction";

/*
 * Generic sliding-window rate limiting, kept in the database so every app instance sees the same
 * counts (failed logins, resume-code guesses). Pre-authentication infrastructure: these functions
 * do not check a session, because they run before anyone is known.
 *
 * Keys are opaque strings chosen by the caller, e.g. `login:account:<hmac>`. Do not put personal
 * data (an email address, an IP address) in a key as plain text: hash it with a secret first.
 */

/** Events older than this are deleted when a key records a new one; windows must not be longer. */
export const RATE_LIMIT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** True when `key` has at least `max` events within the last `windowMs` milliseconds. */
export async function isRateLimited(
  key: string,
  max: number,
  windowMs: number,
  now: number = Date.now(),
): Promise<boolean> {
  const since = new Date(now - windowMs);
  const row = (
    await getDb()
      .select({ n: count() })
      .from(rateLimitEvents)
      .where(and(eq(rateLimitEvents.key, key), gt(rateLimitEvents.at, since)))
      .limit(1)
  )[0];
  return (row?.n ?? 0) >= max;
}

/** Records one event (e.g. one failed login) for `key`, and forgets this key's events older than a day. */
export async function recordEvent(key: string, now: number = Date.now()): Promise<void> {
  await transaction(async (tx) => {
    await tx.insert(rateLimitEvents).values({ key, at: new Date(now) });
    await tx
      .delete(rateLimitEvents)
      .where(
        and(eq(rateLimitEvents.key, key), lt(rateLimitEvents.at, new Date(now - RATE_LIMIT_RETENTION_MS))),
      );
  });
}

/** Forgets every event of `key` (e.g. after a successful login for that account). */
export async function clearEvents(key: string): Promise<void> {
  await getDb().delete(rateLimitEvents).where(eq(rateLimitEvents.key, key));
}
