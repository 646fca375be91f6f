import { randomBytes } from "node:crypto";
import { type Db, getDb } from "@/db/client";
import {
  type ClaimedMail,
  claimDueMail,
  forgetOneOffMail,
  markAbandonedInDoubt,
  markSending,
  recordFailure,
  recordFailureBeforeHandOver,
  recordSent,
  releaseUnstarted,
  renewLease,
} from "@/lib/mail/data/mail-delivery";
import { classifySendError } from "../classify-send-error";
import { MAX_ATTEMPTS, retryDelayMs } from "../retry-schedule";
import type { MailTransport } from "../smtp-transport";

/*
 * The outbox worker: claims due messages in batches, hands them to SMTP, records the answer.
 *
 * Exactly once, and what that costs. SMTP has no way to ask a server afterwards "did you take
 * message X?". So there is always a moment — after the server accepted a message and before the
 * worker wrote "sent" — where a crash leaves us not knowing. A worker that resent everything it
 * found unfinished would deliver such a message twice ("at least once"); one that dropped it
 * would lose it when the crash came before the hand-over ("at most once"). Peiling does neither:
 *
 * - "sending" is written at the hand-over: when the transport gives the message to the SMTP
 *   server on an open connection (lib/mail/smtp-transport.ts), not when the worker queues it for
 *   a connection. A message that is claimed but not yet "sending" certainly did not go out —
 *   it was waiting for a connection, or its connection never opened — and is claimed again when
 *   its lease runs out; if its send fails, it is retried, never put in doubt.
 * - A message found in "sending" with an expired lease is marked `in_doubt` and NOT sent again
 *   automatically. An administrator sees it at /beheer/mail (usually after asking the recipient,
 *   or checking the mail server's log) and resends it with one click, with the same Message-ID,
 *   so mail clients that de-duplicate show it once even if it did arrive the first time.
 * - Failures where the message certainly did not go out (connection refused, server down, a 4xx
 *   or 5xx answer before the end of DATA) are retried with backoff; with SMTP down nothing is lost.
 *
 * At most `concurrency` messages are in flight at a time, but only those on a connection can be
 * in doubt: a crash leaves at most one per open connection in doubt (issue 10, finding 10: with
 * "sending" written before the pool had a connection, every kill left all 10 in flight in doubt). The lease is renewed while the worker is alive, so a slow server does not turn live
 * work into "in doubt".
 */

export type MailWorkerOptions = {
  transport: MailTransport;
  /** The From header, e.g. "Gemeente Oosterhout <noreply@oosterhout.nl>". */
  from: string;
  db?: Db;
  /** Injectable clock (tests): every due time, lease and backoff is computed from it. */
  now?: () => Date;
  random?: () => number;
  /** Messages claimed per database round trip. */
  batchSize?: number;
  /** Messages in flight at once; a little above the pool's connection count keeps connections busy. */
  concurrency?: number;
  /** How long a claim holds without being renewed. */
  leaseMs?: number;
  maxAttempts?: number;
  /**
   * Test hook: runs after the server accepted a message and before the worker records it. A test
   * kills the process here to show what a crash at the worst moment does. If it throws, the
   * worker stops as if it had died there: nothing more is recorded for that message.
   */
  afterSend?: (mail: ClaimedMail) => void | Promise<void>;
  log?: (line: string) => void;
};

export type MailRunStats = {
  sent: number;
  retried: number;
  failed: number;
  inDoubt: number;
  /** Messages found in "sending" from a worker that died, now `in_doubt`. */
  abandoned: number;
  /** The run stopped early because the mail server could not be reached. */
  serverUnavailable: boolean;
};

export type MailWorker = {
  /** Delivers everything due now, batch by batch, then resolves. */
  runOnce(): Promise<MailRunStats>;
  /** Runs `runOnce` every `intervalMs` until `stop()`. */
  start(intervalMs: number): void;
  /** Stops claiming, lets messages in flight finish and be recorded, closes the transport. */
  stop(): Promise<void>;
};

export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const db = options.db ?? getDb();
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 100;
  const concurrency = options.concurrency ?? 10;
  const leaseMs = options.leaseMs ?? 120_000;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const log = options.log ?? ((line: string) => console.log(`[mail] ${line}`));
  let stopping = false;
  let running: Promise<unknown> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const later = (ms: number) => new Date(now().getTime() + ms);

  async function deliver(mail: ClaimedMail, token: string, stats: MailRunStats): Promise<"ok" | "halt"> {
    let handedOver = false;
    let claimLost = false;
    const handOver = async () => {
      if (handedOver || claimLost) return false;
      if (await markSending(db, mail.id, token)) handedOver = true;
      else claimLost = true; // the lease ran out and another worker has it: do not send
      return handedOver;
    };
    try {
      await options.transport.send(
        {
          from: options.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.textBody,
          html: mail.htmlBody,
          messageId: mail.messageId,
          listUnsubscribe: mail.listUnsubscribe,
        },
        handOver,
      );
    } catch (error) {
      if (claimLost) return "ok";
      const failure = classifySendError(error, { handedOver });
      if (failure.kind === "in_doubt") {
        await recordFailure(db, mail.id, token, { error: failure.message, retryAt: null, inDoubt: true });
        stats.inDoubt += 1;
      } else {
        const delay =
          failure.kind === "retry"
            ? retryDelayMs(mail.attempts + 1, { maxAttempts, random: options.random })
            : null;
        const outcome = { error: failure.message, retryAt: delay === null ? null : later(delay) };
        if (handedOver) await recordFailure(db, mail.id, token, outcome);
        else await recordFailureBeforeHandOver(db, mail.id, token, outcome);
        if (delay === null) stats.failed += 1;
        else stats.retried += 1;
      }
      if (failure.serverUnavailable) stats.serverUnavailable = true;
      await forgetOneOffMail(db, mail.id);
      return failure.serverUnavailable ? "halt" : "ok";
    }
    // A transport that reports success without a hand-over still sent the message: record it as
    // sent rather than leave it claimed and "pending", which would send it again.
    if (!handedOver && !(await handOver())) return "ok";
    // A throw here is the test's simulated crash: leave the row in "sending", record nothing.
    await options.afterSend?.(mail);
    if (await recordSent(db, mail.id, token, now())) {
      stats.sent += 1;
      await forgetOneOffMail(db, mail.id);
    } else
      log(
        `message ${mail.id} was sent, but its claim had run out; another worker may have marked it in doubt`,
      );
    return "ok";
  }

  async function processBatch(batch: ClaimedMail[], token: string, stats: MailRunStats): Promise<boolean> {
    let next = 0;
    let halt = false;
    let crash: unknown = null;
    const runner = async () => {
      while (!halt && !stopping && next < batch.length) {
        const mail = batch[next++];
        try {
          if ((await deliver(mail, token, stats)) === "halt") halt = true;
        } catch (error) {
          halt = true;
          crash ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, runner));
    if (crash) throw crash;
    return halt;
  }

  async function runOnce(): Promise<MailRunStats> {
    const stats: MailRunStats = {
      sent: 0,
      retried: 0,
      failed: 0,
      inDoubt: 0,
      abandoned: 0,
      serverUnavailable: false,
    };
    stats.abandoned = await markAbandonedInDoubt(db, now());
    if (stats.abandoned)
      log(`${stats.abandoned} message(s) were interrupted while sending and are now in doubt`);
    await forgetOneOffMail(db);
    while (!stopping) {
      const token = randomBytes(12).toString("hex");
      const batch = await claimDueMail(db, {
        now: now(),
        limit: batchSize,
        leaseUntil: later(leaseMs),
        token,
      });
      if (batch.length === 0) break;
      const heartbeat = setInterval(
        async () => await renewLease(db, token, later(leaseMs)),
        Math.max(leaseMs / 4, 50),
      );
      heartbeat.unref();
      let halted: boolean;
      try {
        halted = await processBatch(batch, token, stats);
      } finally {
        clearInterval(heartbeat);
        // Claimed but never handed to SMTP: give them back at once, without counting an attempt.
        await releaseUnstarted(db, token);
      }
      if (halted) break;
    }
    if (stats.serverUnavailable) log("the mail server could not be reached; messages stay in the outbox");
    return stats;
  }

  function tick(intervalMs: number) {
    running = runOnce()
      .then((stats) => {
        const done = stats.sent + stats.retried + stats.failed + stats.inDoubt;
        if (done)
          log(
            `sent ${stats.sent}, retry later ${stats.retried}, failed ${stats.failed}, in doubt ${stats.inDoubt}`,
          );
      })
      .catch((error) => log(`run failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
        if (!stopping) {
          timer = setTimeout(() => tick(intervalMs), intervalMs);
          timer.unref();
        }
      });
  }

  return {
    runOnce,
    start(intervalMs) {
      if (timer || running) return;
      stopping = false;
      tick(intervalMs);
    },
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
      options.transport.close();
    },
  };
}
