import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { mailContext } from "@/lib/mail/mail-context";
import { newMessageId } from "@/lib/mail/message-id";
import { type MailTemplateData, type MailTemplateName, renderMail } from "@/lib/mail/templates";

/** The database or an open transaction: a mail is written in the same transaction as the change it tells about. */
export type MailExecutor = Pick<ReturnType<typeof getDb>, "insert">;

export type EnqueueMailInput<N extends MailTemplateName> = {
  /** One recipient address. */
  to: string;
  template: N;
  data: MailTemplateData[N];
  /**
   * Optional: makes the enqueue idempotent. A second call with the same key adds nothing and
   * returns `{ enqueued: false }` (e.g. `reminder:<invitationId>:1` for a reminder run repeated
   * after a crash).
   */
  dedupeKey?: string;
};

export type EnqueuedMail = { enqueued: true; id: number; messageId: string } | { enqueued: false };

const addressSchema = z.email();

/**
 * Puts one mail in the outbox, rendered now (subject, text and HTML are stored, so what an
 * administrator reads at /beheer/mail is exactly what is sent). Synchronous, so it runs inside a
 * better-sqlite3 transaction callback:
 *
 *   getDb().transaction((tx) => {
 *     tx.update(advice).set({ status: "submitted", … }).run();
 *     enqueueMail(tx, { to: member.email, template: "review_shared", data: { … } });
 *   });
 *
 * It does not check permissions: callers are data functions that already did. The worker
 * (lib/mail/worker.ts) delivers the message; without SMTP_URL it stays in the outbox.
 */
export function enqueueMail<N extends MailTemplateName>(
  executor: MailExecutor,
  input: EnqueueMailInput<N>,
): EnqueuedMail {
  const to = input.to.trim();
  // A bad address is a bug in the caller (addresses come from validated accounts and members):
  // fail loudly, inside the caller's transaction, rather than queue mail that can never go out.
  if (!addressSchema.safeParse(to).success) throw new Error(`enqueueMail: not an email address: ${to}`);
  const context = mailContext();
  const rendered = renderMail(input.template, input.data, context);
  const messageId = newMessageId(context.baseUrl);
  const rows = executor
    .insert(mailOutbox)
    .values({
      toAddress: to,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      messageId,
      template: input.template,
      dedupeKey: input.dedupeKey ?? null,
      listUnsubscribe: rendered.listUnsubscribe ?? null,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id })
    .all();
  const row = rows[0];
  return row ? { enqueued: true, id: row.id, messageId } : { enqueued: false };
}

/**
 * Removes every message to `address` from the outbox, whatever its status: for a panel member
 * who leaves (their contact data goes at once, and no mail reaches them afterwards). Pending
 * messages are thereby cancelled; a message a worker is handing to the mail server at this very
 * moment cannot be called back, but its row (and the address in it) is gone too. Case-insensitive.
 * No permission check: callers are data functions that already checked. Returns how many were removed.
 */
export function deleteMailTo(executor: Pick<ReturnType<typeof getDb>, "delete">, address: string): number {
  return executor
    .delete(mailOutbox)
    .where(sql`lower(${mailOutbox.toAddress}) = ${address.trim().toLowerCase()}`)
    .run().changes;
}
