import { greeting, quoted } from "./greeting";
import { formatDate, formatDateTime, type MailContent, type MailContext, siteUrl } from "./mail-content";

/** To staff: the Adviesraad submitted its advice on a survey. */
export type AdviceSubmittedData = {
  recipientName?: string | null;
  surveyId: number;
  surveyTitle: string;
  submittedAt: Date;
  adviceDeadline: Date;
  /** Submitted after the deadline: accepted, and marked late. */
  late: boolean;
};

export function adviceSubmitted(data: AdviceSubmittedData, context: MailContext): MailContent {
  const deadline = formatDate(data.adviceDeadline);
  return {
    subject: `${data.late ? "Advies ontvangen (te laat)" : "Advies ontvangen"} over ${quoted(data.surveyTitle)}`,
    greeting: greeting(data.recipientName, "collega"),
    paragraphs: [
      `De Adviesraad Sociaal Domein heeft een advies gegeven over de enquête ${quoted(data.surveyTitle)}.`,
      data.late
        ? `Het advies kwam binnen na de deadline van ${deadline}. Het telt wel mee. In Peiling staat het als te laat.`
        : `Het advies kwam op tijd binnen, vóór de deadline van ${deadline}.`,
      "Geef op elk adviespunt een reactie: overgenomen, deels overgenomen of niet overgenomen. Neemt u een punt niet of maar deels over? Leg dan uit waarom.",
    ],
    facts: [
      { label: "Enquête", value: data.surveyTitle },
      { label: "Ontvangen op", value: formatDateTime(data.submittedAt) },
      { label: "Deadline", value: deadline },
    ],
    action: { label: "Bekijk het advies", url: siteUrl(context, `/beheer/surveys/${data.surveyId}/review`) },
    reason: "U krijgt deze e-mail omdat u als beleidsmedewerker met enquêtes werkt in Peiling.",
  };
}
