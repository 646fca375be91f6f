import "server-only";
import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { recordAudit } from "@/lib/audit/data/audit";
import { FORGOTTEN_AFTER_SENDING } from "@/lib/mail/templates";
import type { MailStatus } from "@/lib/mail/types";
import { lockedForClaim } from "./mail-claim-sql";

/*
 * The mail worker's database side (lib/mail/data/worker.ts). System-level: no session, no permission
 * check; only the worker (in the app server or `peiling mail:work`) calls these.
 *
 * States: pending → (claimed: pending with a lease and a claim token) → sending → sent | pending
 * (retry) | failed | in_doubt. "sending" is written at the hand-over — when the SMTP transport
 * gives the message to the server on an open connection, not when it queues it for one — and
 * replaced just after the server answered, so a row left in "sending" after its lease ran out is
 * exactly a message whose worker died while the server may have taken it. A claimed message that
 * failed before its hand-over stays "pending" (see recordFailureBeforeHandOver).
 */

export type ClaimedMail = {
  id: number;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  messageId: string;
  listUnsubscribe: string | null;
  attempts: number;
};

/**
 * Claims up to `limit` due messages for one worker: one UPDATE … WHERE id IN (SELECT … LIMIT n)
 * RETURNING, atomic in SQLite (a writing statement takes the database's write lock before it
 * reads) and on PostgreSQL with the subquery's rows locked FOR UPDATE SKIP LOCKED
 * (./mail-claim-sql.ts), so two workers, in one process, several processes or several app
 * instances, never claim the same row. A claimed row
 * stays `pending`: if the worker dies before it starts sending, the lease runs out and another
 * worker claims it again, which is safe because nothing was handed to SMTP.
 */
export async function claimDueMail(
  db: Db,
  options: { now: Date; limit: number; leaseUntil: Date; token: string },
): Promise<ClaimedMail[]> {
  const due = lockedForClaim(
    db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.status, "pending"),
          lte(mailOutbox.nextAttemptAt, options.now),
          or(isNull(mailOutbox.leaseUntil), lt(mailOutbox.leaseUntil, options.now)),
        ),
      )
      .orderBy(asc(mailOutbox.nextAttemptAt), asc(mailOutbox.id))
      .limit(options.limit),
  );
  return (
    await db
      .update(mailOutbox)
      .set({ leaseUntil: options.leaseUntil, claimToken: options.token })
      .where(
        and(
          inArray(mailOutbox.id, due),
          eq(mailOutbox.status, "pending"),
          or(isNull(mailOutbox.leaseUntil), lt(mailOutbox.leaseUntil, options.now)),
        ),
      )
      .returning({
        id: mailOutbox.id,
        toAddress: mailOutbox.toAddress,
        subject: mailOutbox.subject,
        textBody: mailOutbox.textBody,
        htmlBody: mailOutbox.htmlBody,
        messageId: mailOutbox.messageId,
        listUnsubscribe: mailOutbox.listUnsubscribe,
        attempts: mailOutbox.attempts,
      })
  ).sort((a, b) => a.id - b.id);
}

/**
 * The two statements run once per message, prepared once per connection: at hundreds of
 * messages a second, building and preparing them anew costs more than running them.
 */
const hotStatements = new WeakMap<Db, ReturnType<typeof prepareHotStatements>>();

function prepareHotStatements(db: Db) {
  const id = sql.placeholder("id");
  const token = sql.placeholder("token");
  return {
    markSending: db
      .update(mailOutbox)
      .set({ status: "sending", attempts: sql`${mailOutbox.attempts} + 1` })
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.claimToken, token), eq(mailOutbox.status, "pending")))
      .returning({ id: mailOutbox.id })
      .prepare(),
    recordSent: db
      .update(mailOutbox)
      .set({
        status: "sent",
        // Bound through the column: a moment is milliseconds on SQLite, a timestamptz on PostgreSQL.
        sentAt: sql`${sql.param(sql.placeholder("now"), mailOutbox.sentAt)}`,
        lastError: null,
        leaseUntil: null,
        claimToken: null,
      })
      .where(and(eq(mailOutbox.id, id), eq(mailOutbox.claimToken, token), eq(mailOutbox.status, "sending")))
      .returning({ id: mailOutbox.id })
      .prepare(),
  };
}

function hot(db: Db) {
  let statements = hotStatements.get(db);
  if (!statements) {
    statements = prepareHotStatements(db);
    hotStatements.set(db, statements);
  }
  return statements;
}

/**
 * Written at the hand-over, just before the message goes to the SMTP server, and counted as an
 * attempt. False when the claim was lost (the lease ran out and another worker took the
 * message): then do not send it.
 */
export async function markSending(db: Db, id: number, token: string): Promise<boolean> {
  return (await hot(db).markSending.execute({ id, token })).length === 1;
}

const ours = (id: number, token: string) =>
  and(eq(mailOutbox.id, id), eq(mailOutbox.claimToken, token), eq(mailOutbox.status, "sending"));
const released = { leaseUntil: null, claimToken: null } as const;

/** The server accepted the message. */
export async function recordSent(db: Db, id: number, token: string, now: Date): Promise<boolean> {
  return (await hot(db).recordSent.execute({ id, token, now })).length === 1;
}

/**
 * The attempt failed: `retryAt` schedules the next attempt (the message certainly did not go
 * out); null ends it as `failed`; `inDoubt` marks it `in_doubt` (it may have gone out).
 */
export async function recordFailure(
  db: Db,
  id: number,
  token: string,
  outcome: { error: string; retryAt: Date | null; inDoubt?: boolean },
): Promise<boolean> {
  const status = outcome.inDoubt ? "in_doubt" : outcome.retryAt ? "pending" : "failed";
  const result = await db
    .update(mailOutbox)
    .set({
      status,
      lastError: outcome.error,
      ...(outcome.retryAt && !outcome.inDoubt ? { nextAttemptAt: outcome.retryAt } : {}),
      ...released,
    })
    .where(ours(id, token))
    .returning({ id: mailOutbox.id });
  return result.length === 1;
}

/**
 * The attempt failed before the message was handed to the server (no free connection came, or
 * the connection did not open): it certainly did not go out. Counted as an attempt, so a server
 * that stays unreachable still ends in `failed` after the retry schedule; `retryAt` null ends it
 * as `failed` now. Never `in_doubt`.
 */
export async function recordFailureBeforeHandOver(
  db: Db,
  id: number,
  token: string,
  outcome: { error: string; retryAt: Date | null },
): Promise<boolean> {
  return (
    (
      await db
        .update(mailOutbox)
        .set({
          status: outcome.retryAt ? "pending" : "failed",
          attempts: sql`${mailOutbox.attempts} + 1`,
          lastError: outcome.error,
          ...(outcome.retryAt ? { nextAttemptAt: outcome.retryAt } : {}),
          ...released,
        })
        .where(and(eq(mailOutbox.id, id), eq(mailOutbox.claimToken, token), eq(mailOutbox.status, "pending")))
        .returning({ id: mailOutbox.id })
    ).length === 1
  );
}

export const ABANDONED_ERROR =
  "The worker stopped after handing this message to the mail server and before recording the answer; it may or may not have been delivered.";

/**
 * Rows left in `sending` after their lease ran out: their worker died (or hung) between handing
 * the message to SMTP and recording the answer. They are NOT sent again automatically (see
 * lib/mail/data/worker.ts); they become `in_doubt` for an administrator to resend.
 */
export async function markAbandonedInDoubt(db: Db, now: Date): Promise<number> {
  return (
    await db
      .update(mailOutbox)
      .set({ status: "in_doubt", lastError: ABANDONED_ERROR, ...released })
      .where(and(eq(mailOutbox.status, "sending"), lt(mailOutbox.leaseUntil, now)))
      .returning({ id: mailOutbox.id })
  ).length;
}

/** Keeps a worker's claim alive while it is still working on it. */
export async function renewLease(db: Db, token: string, leaseUntil: Date): Promise<number> {
  return (
    await db
      .update(mailOutbox)
      .set({ leaseUntil })
      .where(and(eq(mailOutbox.claimToken, token), inArray(mailOutbox.status, ["pending", "sending"])))
      .returning({ id: mailOutbox.id })
  ).length;
}

/** Gives back claimed messages that were not started (stopping, or the server is down): no attempt counted. */
export async function releaseUnstarted(db: Db, token: string): Promise<number> {
  return (
    await db
      .update(mailOutbox)
      .set(released)
      .where(and(eq(mailOutbox.claimToken, token), eq(mailOutbox.status, "pending")))
      .returning({ id: mailOutbox.id })
  ).length;
}

/** Where a message's delivery has ended: delivered, or given up (in doubt is not resent by itself). */
const FINISHED: readonly MailStatus[] = ["sent", "failed", "in_doubt"];

/**
 * Deletes one-off mail (FORGOTTEN_AFTER_SENDING: a resident's copy of answers, a resume link)
 * whose delivery has ended, so neither the address nor the body stays: `id` for the message the
 * worker just recorded, none for every such message (the worker's sweep at the start of each
 * run, which also catches one whose worker died between recording and forgetting). A message in
 * doubt goes too: keeping a resident's address for an administrator to resend is what the
 * resident was promised we would not do. Returns how many were deleted.
 */
export async function forgetOneOffMail(db: Db, id?: number): Promise<number> {
  return (
    await db
      .delete(mailOutbox)
      .where(
        and(
          id === undefined ? undefined : eq(mailOutbox.id, id),
          inArray(mailOutbox.template, [...FORGOTTEN_AFTER_SENDING]),
          inArray(mailOutbox.status, [...FINISHED]),
        ),
      )
      .returning({ id: mailOutbox.id })
  ).length;
}

export const RESENDABLE: readonly MailStatus[] = ["failed", "in_doubt"];

/**
 * System-level resend (no session check; `resendMail` checks first): a `failed` or `in_doubt`
 * message goes back to `pending`, due now, with the same Message-ID, so a copy that did arrive
 * the first time is shown once by clients that de-duplicate. The attempt count starts again, so
 * the message gets the full retry schedule. False when the message is not (or no longer)
 * resendable, e.g. another administrator clicked first.
 */
export async function requeueMail(id: number, actorId: number | null): Promise<boolean> {
  return await transaction(async (tx) => {
    const before = (
      await tx
        .select({ status: mailOutbox.status, attempts: mailOutbox.attempts, lastError: mailOutbox.lastError })
        .from(mailOutbox)
        .where(eq(mailOutbox.id, id))
        .limit(1)
    )[0];
    if (!before) return false;
    const changed = (
      await tx
        .update(mailOutbox)
        .set({
          status: "pending",
          attempts: 0,
          nextAttemptAt: new Date(),
          leaseUntil: null,
          claimToken: null,
        })
        .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, [...RESENDABLE])))
        .returning({ id: mailOutbox.id })
    ).length;
    if (changed !== 1) return false;
    await recordAudit(
      {
        actorId,
        action: "mail.resent",
        subjectType: "mail",
        subjectId: id,
        details: { from: before.status, attempts: before.attempts, lastError: before.lastError },
      },
      tx,
    );
    return true;
  });
}
