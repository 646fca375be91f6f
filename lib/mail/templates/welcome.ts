import { unsubscribeMailParts } from "@/lib/mail/templates/unsubscribe-parts";
import { type MailContent, type MailContext, siteUrl } from "./mail-content";
import { panelMemberReason } from "./panel-reason";

/** After the member confirmed their address: welcome, and how to manage the membership. */
export type PanelWelcomeData = {
  panelName: string;
  unsubscribeUrl: string;
};

export function panelWelcome(data: PanelWelcomeData, context: MailContext): MailContent {
  return {
    subject: `Welkom bij ${data.panelName}`,
    greeting: "Beste panellid,",
    paragraphs: [
      `Welkom bij ${data.panelName}! U heeft uw e-mailadres bevestigd en bent nu lid.`,
      "Af en toe krijgt u een uitnodiging voor een vragenlijst van de gemeente. Meedoen is altijd vrijwillig.",
      "Wilt u uw gegevens bekijken of veranderen, even pauzeren of stoppen? Dat kan op de pagina Mijn panel. U vraagt daar een inloglink aan met uw e-mailadres.",
    ],
    action: { label: "Naar Mijn panel", url: siteUrl(context, "/panel/inloggen") },
    reason: panelMemberReason(data.panelName),
    ...unsubscribeMailParts(data.unsubscribeUrl),
  };
}
