import { quoted } from "./greeting";
import { formatDate, type MailContent, type MailContext, siteUrl } from "./mail-content";

/**
 * A resident's own copy of the answers they just sent, asked for on the review page. Sent once
 * and forgotten (lib/mail/templates/index.ts, FORGOTTEN_AFTER_SENDING): the outbox keeps neither
 * the address nor the answers once it has been delivered or given up.
 */
export type AnswersCopyData = {
  surveySlug: string;
  surveyTitle: string;
  /** The pages on the resident's path, each question with its answer as lines (empty: not answered). */
  pages: { title: string; questions: { text: string; lines: string[] }[] }[];
  /** When the results are expected to be published (YYYY-MM-DD), if the municipality said so. */
  resultsExpectedOn?: string | null;
};

export const NOT_ANSWERED = "(niet beantwoord)";

export function answersCopy(data: AnswersCopyData, context: MailContext): MailContent {
  const answers = data.pages.flatMap((page) => [
    `== ${page.title} ==`,
    ...page.questions.map((q) => `${q.text}\n${q.lines.length > 0 ? q.lines.join("\n") : NOT_ANSWERED}`),
  ]);
  return {
    subject: `Uw antwoorden op ${quoted(data.surveyTitle)}`,
    greeting: "Beste inwoner,",
    paragraphs: [
      `Bedankt voor het invullen van de vragenlijst ${quoted(data.surveyTitle)}. U vroeg om een kopie van uw antwoorden. Hieronder staan ze, zoals u ze heeft verstuurd.`,
      ...answers,
      "De gemeente bewaart uw e-mailadres niet en koppelt het niet aan uw antwoorden. Deze e-mail is na het versturen uit ons systeem verwijderd.",
      data.resultsExpectedOn
        ? `De uitkomsten verschijnen naar verwachting op ${formatDate(new Date(`${data.resultsExpectedOn}T12:00:00Z`))}.`
        : "Als de uitkomsten klaar zijn, staan ze op onze website.",
    ],
    action: { label: "Bekijk later de uitkomsten", url: siteUrl(context, `/resultaten/${data.surveySlug}`) },
    reason: "U krijgt deze e-mail omdat u om een kopie van uw antwoorden vroeg.",
  };
}
