import type { MailContent } from "@/lib/mail/templates/mail-content";

/**
 * The footer link and List-Unsubscribe header (RFC 8058) of a mail to a panel member, from its
 * unsubscribe URL (`unsubscribeUrlFor(memberId)` in ./unsubscribe.ts, passed in the template's
 * data). Spread it into a template's content: `{ subject, …, ...unsubscribeMailParts(data.unsubscribeUrl) }`.
 * Pure, so templates can import it without the server secret.
 */
export function unsubscribeMailParts(
  url: string,
  label = "Geen uitnodigingen meer ontvangen",
): Pick<MailContent, "footerLinks" | "listUnsubscribe"> {
  return { footerLinks: [{ label, url }], listUnsubscribe: url };
}
