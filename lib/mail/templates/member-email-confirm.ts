import { unsubscribeMailParts } from "@/lib/mail/templates/unsubscribe-parts";
import { formatDateTime, type MailContent, type MailContext } from "./mail-content";

/** To a member's new address: confirm it before invitations go there. */
export type MemberEmailConfirmData = {
  panelName: string;
  /** /panel/email-bevestigen/<token>, absolute. */
  confirmUrl: string;
  expiresAt: Date;
  unsubscribeUrl: string;
};

export function memberEmailConfirm(data: MemberEmailConfirmData, _context: MailContext): MailContent {
  return {
    subject: `Bevestig uw nieuwe e-mailadres voor ${data.panelName}`,
    greeting: "Beste panellid,",
    paragraphs: [
      `U wilt uw e-mailadres voor ${data.panelName} veranderen in dit adres. Klik op de knop om dat te bevestigen. Tot dan gebruiken wij uw oude adres.`,
      `De knop werkt tot ${formatDateTime(data.expiresAt)}.`,
      "Heeft u dit niet gevraagd? Dan hoeft u niets te doen. Er verandert dan niets.",
    ],
    action: { label: "Bevestig mijn nieuwe e-mailadres", url: data.confirmUrl },
    reason: `U krijgt deze e-mail omdat een lid van ${data.panelName} dit adres heeft opgegeven als nieuw e-mailadres.`,
    ...unsubscribeMailParts(data.unsubscribeUrl),
  };
}
