import { MAIL_STATUSES } from "@/lib/mail/types";
import { createdAt, id, index, integer, moment, momentWritten, table, text } from "./kit";

// ---- Mail -------------------------------------------------------------------------------------

/**
 * The outbox: every message is written here first, in the same transaction as the change it
 * tells about, and a worker delivers it. Without SMTP configured, messages stay here and
 * administrators read them at /beheer/mail.
 */
export const mailOutbox = table(
  "mail_outbox",
  {
    id: id(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    /** Stable Message-ID, the same on every attempt. */
    messageId: text("message_id").notNull().unique(),
    template: text("template").notNull(),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: momentWritten("next_attempt_at"),
    /** While a worker holds the message: until when its claim lasts. */
    leaseUntil: moment("lease_until"),
    /**
     * Which worker's claim the lease belongs to (random per claim). A worker records a result only
     * for rows that still carry its token, so a worker that stalled past its lease cannot
     * overwrite what happened to the message since.
     */
    claimToken: text("claim_token"),
    /**
     * Optional caller key that makes enqueueing idempotent, e.g. `invitation:<id>`: a second
     * enqueue with the same key adds nothing (a reminder run repeated after a crash).
     */
    dedupeKey: text("dedupe_key").unique(),
    /**
     * One-click unsubscribe URL (RFC 8058) for mail to panel members, sent as the List-Unsubscribe
     * header so mail programs show their own "unsubscribe" button.
     */
    listUnsubscribe: text("list_unsubscribe"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: moment("sent_at"),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt)],
);
