import { getTranslations } from "next-intl/server";
import type { MailStatus } from "@/lib/mail";

/** A message's status in Dutch, as a badge. */
export async function MailStatusBadge({ status }: { status: MailStatus }) {
  const t = await getTranslations("mail.status");
  return <span className={`status status--mail-${status}`}>{t(status)}</span>;
}

/** The template's name for people; a template added later without a label shows its code. */
export async function templateLabel(template: string): Promise<string> {
  const t = await getTranslations("mail.templates");
  return t.has(template as never) ? t(template as never) : template;
}
