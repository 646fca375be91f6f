import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { listPage } from "@/lib/http/list-page";
import { MAIL_PAGE_SIZE, type MailListQuery, type ResendMailInput } from "@/lib/mail/schema";
import { FORGOTTEN_AFTER_SENDING } from "@/lib/mail/templates";
import type { MailStatus } from "@/lib/mail/types";
import { requeueMail } from "./mail-delivery";

/*
 * The administrators' view of the outbox (/beheer/mail), behind "audit:read": mail holds
 * personal data (addresses, names), so only administrators read it. There is one outbox for the
 * whole municipality, so there is no owner scope beyond the permission.
 */

export type MailListItem = {
  id: number;
  toAddress: string;
  subject: string;
  template: string;
  status: MailStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  lastError: string | null;
};

export type MailList = {
  items: MailListItem[];
  /** Messages matching the filter. */
  total: number;
  page: number;
  pageCount: number;
  /** Messages per status, over the whole outbox (for the filter). */
  counts: Record<MailStatus, number>;
};

const listColumns = {
  id: mailOutbox.id,
  toAddress: mailOutbox.toAddress,
  subject: mailOutbox.subject,
  template: mailOutbox.template,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
  nextAttemptAt: mailOutbox.nextAttemptAt,
  lastError: mailOutbox.lastError,
};

/** One page of the outbox, newest first; never the whole outbox (a panel run adds thousands). */
export async function listMail(query: MailListQuery): Promise<MailList> {
  await requirePermission("audit:read");
  const db = getDb();
  const where = query.status ? eq(mailOutbox.status, query.status) : undefined;
  const counts = { pending: 0, sending: 0, sent: 0, failed: 0, in_doubt: 0 } as Record<MailStatus, number>;
  for (const row of await db
    .select({ status: mailOutbox.status, n: count() })
    .from(mailOutbox)
    .groupBy(mailOutbox.status)) {
    counts[row.status] = row.n;
  }
  const total = query.status ? counts[query.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  const { page, pageCount, offset } = listPage(total, query.pagina, MAIL_PAGE_SIZE);
  const items = await db
    .select(listColumns)
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.id))
    .limit(MAIL_PAGE_SIZE)
    .offset(offset);
  return { items: items.map(withoutResidentAddress), total, page, pageCount, counts };
}

/** What an administrator reads of a resident's one-off mail (a copy of answers, a resume link) while it waits. */
export const ONE_OFF_ADDRESS = "(adres van een inwoner, niet getoond)";
export const ONE_OFF_BODY =
  "Deze e-mail gaat één keer naar een adres dat een inwoner zelf opgaf. De inhoud wordt niet getoond en wordt na het versturen verwijderd.";

/**
 * The address a resident typed for a one-off mail, and its text (their answers, their resume
 * link), are theirs alone: the overview names the kind of mail, never them (lib/mail/templates,
 * FORGOTTEN_AFTER_SENDING).
 */
function withoutResidentAddress<T extends { template: string; toAddress: string }>(row: T): T {
  return isOneOff(row.template) ? { ...row, toAddress: ONE_OFF_ADDRESS } : row;
}

function isOneOff(template: string): boolean {
  return (FORGOTTEN_AFTER_SENDING as readonly string[]).includes(template);
}

export type MailMessage = MailListItem & { textBody: string; htmlBody: string; messageId: string };

/** One message with its text and HTML, or null when there is no such message. */
export async function getMail(id: number): Promise<MailMessage | null> {
  await requirePermission("audit:read");
  const row = (
    await getDb()
      .select({
        ...listColumns,
        textBody: mailOutbox.textBody,
        htmlBody: mailOutbox.htmlBody,
        messageId: mailOutbox.messageId,
      })
      .from(mailOutbox)
      .where(eq(mailOutbox.id, id))
      .limit(1)
  )[0];
  if (!row) return null;
  return isOneOff(row.template)
    ? { ...withoutResidentAddress(row), textBody: ONE_OFF_BODY, htmlBody: `<p>${ONE_OFF_BODY}</p>` }
    : row;
}

/** An administrator resends a failed or in-doubt message; recorded in the audit log. */
export async function resendMail(input: ResendMailInput): Promise<{ id: number }> {
  const actor = await requirePermission("audit:read");
  if (!(await requeueMail(input.id, actor.id)))
    throw new InputError({ formError: "mail.errors.notResendable" });
  return { id: input.id };
}
