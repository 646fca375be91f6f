import { quoted } from "./greeting";
import type { MailContent, MailContext } from "./mail-content";

/**
 * The link to go on with an unfinished survey, sent to the address a resident typed on the
 * "bewaard" page. Sent once and forgotten (FORGOTTEN_AFTER_SENDING in ./index.ts).
 */
export type ResumeLinkData = {
  surveyTitle: string;
  /** /s/<slug>/hervatten/<token>, absolute. */
  resumeUrl: string;
};

export function resumeLink(data: ResumeLinkData, _context: MailContext): MailContent {
  return {
    subject: `Verder met ${quoted(data.surveyTitle)}`,
    greeting: "Beste inwoner,",
    paragraphs: [
      `U heeft uw antwoorden op de vragenlijst ${quoted(data.surveyTitle)} bewaard. Met de knop gaat u verder waar u was gebleven.`,
      "Stuur deze e-mail niet door: met de link kan iemand anders uw antwoorden zien.",
      "De gemeente bewaart uw e-mailadres niet. Deze e-mail is na het versturen uit ons systeem verwijderd.",
    ],
    action: { label: "Verder met de vragenlijst", url: data.resumeUrl },
    reason: "U krijgt deze e-mail omdat u vroeg om de link om verder te gaan met een vragenlijst.",
  };
}
