import { unsubscribeMailParts } from "@/lib/mail/templates/unsubscribe-parts";
import { type MailContent, type MailContext, siteUrl } from "./mail-content";
import { panelMemberReason } from "./panel-reason";

/**
 * Someone signed up with the address of an existing member. The sign-up page said only "check
 * your mail", so the person typing learned nothing; the member hears about it here.
 */
export type AlreadyMemberData = {
  panelName: string;
  unsubscribeUrl: string;
};

export function alreadyMember(data: AlreadyMemberData, context: MailContext): MailContent {
  return {
    subject: `U bent al lid van ${data.panelName}`,
    greeting: "Beste panellid,",
    paragraphs: [
      `Iemand heeft geprobeerd zich aan te melden voor ${data.panelName} met uw e-mailadres. Maar u bent al lid.`,
      "Was u dat zelf? Dan hoeft u niets te doen. Wilt u uw gegevens bekijken of veranderen, of wilt u stoppen? Vraag dan een inloglink aan met de knop hieronder.",
      "Was u het niet? Dan hoeft u ook niets te doen. Er is niets veranderd aan uw lidmaatschap.",
    ],
    action: { label: "Vraag een inloglink aan", url: siteUrl(context, "/panel/inloggen") },
    reason: panelMemberReason(data.panelName),
    ...unsubscribeMailParts(data.unsubscribeUrl),
  };
}
