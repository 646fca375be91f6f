import { greeting, quoted } from "./greeting";
import { type MailContent, type MailContext, siteUrl } from "./mail-content";
import { ADVIESRAAD_REASON } from "./review-shared";

/** To Adviesraad members: the official response (ambtelijke reactie) to their advice is final. */
export type ResponseFinalizedData = {
  recipientName?: string | null;
  surveyId: number;
  surveyTitle: string;
};

export function responseFinalized(data: ResponseFinalizedData, context: MailContext): MailContent {
  return {
    subject: `Reactie van de gemeente op uw advies over ${quoted(data.surveyTitle)}`,
    greeting: greeting(data.recipientName, "lid van de Adviesraad"),
    paragraphs: [
      `De gemeente heeft gereageerd op elk punt van het advies over de enquête ${quoted(data.surveyTitle)}. Deze reactie is nu definitief.`,
      "U leest per adviespunt of de gemeente het heeft overgenomen, deels heeft overgenomen of niet heeft overgenomen. En waarom.",
    ],
    facts: [{ label: "Enquête", value: data.surveyTitle }],
    action: { label: "Lees de reactie", url: siteUrl(context, `/adviesraad/surveys/${data.surveyId}`) },
    reason: ADVIESRAAD_REASON,
  };
}
