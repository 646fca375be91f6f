import { unsubscribeMailParts } from "@/lib/mail/templates/unsubscribe-parts";
import { formatDateTime, type MailContent, type MailContext } from "./mail-content";
import { panelMemberReason } from "./panel-reason";

/** The magic link a member asked for at /panel/inloggen (single use, half an hour). */
export type MemberLoginData = {
  panelName: string;
  /** /panel/inloggen/<token>, absolute. */
  loginUrl: string;
  expiresAt: Date;
  unsubscribeUrl: string;
};

export function memberLogin(data: MemberLoginData, _context: MailContext): MailContent {
  return {
    subject: `Uw inloglink voor ${data.panelName}`,
    greeting: "Beste panellid,",
    paragraphs: [
      `U heeft gevraagd om in te loggen bij ${data.panelName}. Met de knop komt u op de pagina Mijn panel. Daar kunt u uw gegevens bekijken en veranderen, pauzeren of stoppen.`,
      `De knop werkt één keer, tot ${formatDateTime(data.expiresAt)}. Stuur deze e-mail niet door: met de knop kan iedereen bij uw gegevens.`,
      "Heeft u niet om een inloglink gevraagd? Dan hoeft u niets te doen.",
    ],
    action: { label: "Inloggen bij Mijn panel", url: data.loginUrl },
    reason: panelMemberReason(data.panelName),
    ...unsubscribeMailParts(data.unsubscribeUrl),
  };
}
