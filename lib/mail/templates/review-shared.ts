import { greeting, quoted } from "./greeting";
import { formatDate, type MailContent, type MailContext, siteUrl } from "./mail-content";

/** To an Adviesraad member: staff shared a draft for review. */
export type ReviewSharedData = {
  recipientName?: string | null;
  surveyId: number;
  surveyTitle: string;
  /** The advice deadline of the review round. */
  adviceDeadline: Date;
};

export const ADVIESRAAD_REASON =
  "U krijgt deze e-mail omdat u lid bent van de Adviesraad Sociaal Domein en een account hebt in Peiling.";

export function reviewShared(data: ReviewSharedData, context: MailContext): MailContent {
  const deadline = formatDate(data.adviceDeadline);
  return {
    subject: `Concept van ${quoted(data.surveyTitle)} klaar voor uw advies`,
    greeting: greeting(data.recipientName, "lid van de Adviesraad"),
    paragraphs: [
      `De gemeente heeft een concept van de enquête ${quoted(data.surveyTitle)} met de Adviesraad Sociaal Domein gedeeld. Wij vragen u om het concept te bekijken.`,
      "U kunt bij elke vraag een opmerking plaatsen, of bij de enquête als geheel. Daarna kan de Adviesraad een advies geven.",
      `Wilt u het advies geven vóór ${deadline}?`,
    ],
    facts: [
      { label: "Enquête", value: data.surveyTitle },
      { label: "Advies graag vóór", value: deadline },
    ],
    action: { label: "Bekijk het concept", url: siteUrl(context, `/adviesraad/surveys/${data.surveyId}`) },
    reason: ADVIESRAAD_REASON,
  };
}
