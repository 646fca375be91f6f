import { unsubscribeMailParts } from "@/lib/mail/templates/unsubscribe-parts";
import { formatDateTime, type MailContent, type MailContext } from "./mail-content";
import { panelSignupReason } from "./panel-reason";

/** Double opt-in: to the address someone signed up with, to confirm it is theirs. */
export type SignupConfirmData = {
  panelName: string;
  /** /panel/bevestigen/<token>, absolute. */
  confirmUrl: string;
  expiresAt: Date;
  /** unsubscribeUrlFor(memberId): for a sign-up not yet confirmed, it withdraws the sign-up. */
  unsubscribeUrl: string;
};

export function signupConfirm(data: SignupConfirmData, _context: MailContext): MailContent {
  return {
    subject: `Bevestig uw aanmelding voor ${data.panelName}`,
    greeting: "Beste inwoner,",
    paragraphs: [
      `U heeft zich aangemeld voor ${data.panelName}. Bedankt!`,
      "Wilt u bevestigen dat dit uw e-mailadres is? Klik dan op de knop. Pas daarna bent u lid.",
      `De knop werkt tot ${formatDateTime(data.expiresAt)}.`,
      "Heeft u zich niet aangemeld? Dan hoeft u niets te doen. Als niemand de aanmelding bevestigt, verwijderen wij de gegevens na 7 dagen.",
    ],
    action: { label: "Bevestig mijn aanmelding", url: data.confirmUrl },
    reason: panelSignupReason(data.panelName),
    ...unsubscribeMailParts(data.unsubscribeUrl, "Aanmelding intrekken"),
  };
}
