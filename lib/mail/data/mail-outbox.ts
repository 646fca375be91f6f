import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, getDb } from "@/db/client";
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
 * administrator reads at /beheer/mail is exactly what is sent). Run it in the transaction of the
 * change it tells about, so the mail goes if and only if the change is kept:
 *
 *   await transaction(async (tx) => {
 *     await tx.update(advice).set({ status: "submitted", … });
 *     await enqueueMail(tx, { to: member.email, template: "review_shared", data: { … } });
 *   });
 *
 * It does not check permissions: callers are data functions that already did. The worker
 * (lib/mail/data/worker.ts) delivers the message; without SMTP_URL it stays in the outbox.
 */
export async function enqueueMail<N extends MailTemplateName>(
  executor: MailExecutor,
  input: EnqueueMailInput<N>,
): Promise<EnqueuedMail> {
  const row = outboxRow(input);
  const rows = await executor
    .insert(mailOutbox)
    .values(row)
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id });
  const inserted = rows[0];
  return inserted ? { enqueued: true, id: inserted.id, messageId: row.messageId } : { enqueued: false };
}

/** Checks the address and renders the mail: the row enqueueMail and mailEnqueuer write. */
function outboxRow<N extends MailTemplateName>(input: EnqueueMailInput<N>) {
  const to = input.to.trim();
  // A bad address is a bug in the caller (addresses come from validated accounts and members):
  // fail loudly, inside the caller's transaction, rather than queue mail that can never go out.
  if (!addressSchema.safeParse(to).success) throw new Error(`enqueueMail: not an email address: ${to}`);
  const context = mailContext();
  const rendered = renderMail(input.template, input.data, context);
  return {
    toAddress: to,
    subject: rendered.subject,
    textBody: rendered.text,
    htmlBody: rendered.html,
    messageId: newMessageId(context.baseUrl),
    template: input.template,
    dedupeKey: input.dedupeKey ?? null,
    listUnsubscribe: rendered.listUnsubscribe ?? null,
  };
}

// One prepared INSERT per handle for mailEnqueuer.
const enqueueStatements = new WeakMap<Db, ReturnType<typeof prepareEnqueue>>();

function prepareEnqueue(db: Db) {
  // Values go to the database as given (all text), not through the columns' encoders: an invitation run
  // enqueues thousands, and that check per value costs about as much as the INSERT.
  const value = (name: keyof ReturnType<typeof outboxRow>) => sql`${sql.placeholder(name)}`;
  return db
    .insert(mailOutbox)
    .values({
      toAddress: value("toAddress"),
      subject: value("subject"),
      textBody: value("textBody"),
      htmlBody: value("htmlBody"),
      messageId: value("messageId"),
      template: value("template"),
      dedupeKey: value("dedupeKey"),
      listUnsubscribe: value("listUnsubscribe"),
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .returning({ id: mailOutbox.id })
    .prepare();
}

/**
 * enqueueMail for bulk senders — an invitation run queues 10,000 mails: the same check, rendering
 * and dedupe key, with the INSERT prepared once per handle instead of built per message (which
 * otherwise costs more than rendering the mail). Pass the transaction's handle (`tx`): the INSERT
 * runs on the handle it was prepared on, and on PostgreSQL each transaction has its own
 * connection (on SQLite `tx` is the one connection, so the statement is prepared once).
 */
export function mailEnqueuer(
  db: Db,
): <N extends MailTemplateName>(input: EnqueueMailInput<N>) => Promise<EnqueuedMail> {
  let statement = enqueueStatements.get(db);
  if (!statement) {
    statement = prepareEnqueue(db);
    enqueueStatements.set(db, statement);
  }
  const insert = statement;
  return async (input) => {
    const row = outboxRow(input);
    const inserted = (await insert.execute(row))[0];
    return inserted ? { enqueued: true, id: inserted.id, messageId: row.messageId } : { enqueued: false };
  };
}

/**
 * Removes every message to `address` from the outbox, whatever its status: for a panel member
 * who leaves (their contact data goes at once, and no mail reaches them afterwards). Pending
 * messages are thereby cancelled; a message a worker is handing to the mail server at this very
 * moment cannot be called back, but its row (and the address in it) is gone too. Case-insensitive.
 * No permission check: callers are data functions that already checked. Returns how many were removed.
 */
export async function deleteMailTo(
  executor: Pick<ReturnType<typeof getDb>, "delete">,
  address: string,
): Promise<number> {
  return (
    await executor
      .delete(mailOutbox)
      .where(sql`lower(${mailOutbox.toAddress}) = ${address.trim().toLowerCase()}`)
      .returning({ id: mailOutbox.id })
  ).length;
}
