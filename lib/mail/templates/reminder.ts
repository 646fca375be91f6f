import { quoted } from "./greeting";
import {
  fieldworkFacts,
  fieldworkParagraphs,
  type InvitationData,
  memberFooter,
  personalLink,
} from "./invitation";
import type { MailContent, MailContext } from "./mail-content";

/**
 * To a member who was invited and has not completed the survey, with a personal link. Tokens are
 * stored only as hashes, so the reminder run draws a further token for the same invitation
 * (lib/fieldwork/data/reminders.ts); the first mail's link keeps working as well.
 */
export type ReminderData = Omit<InvitationData, "about">;

export function reminder(data: ReminderData, context: MailContext): MailContent {
  return {
    subject: `Herinnering: vragenlijst ${quoted(data.surveyTitle)}`,
    greeting: `Beste lid van ${data.panelName},`,
    paragraphs: [
      `Kort geleden hebben wij u uitgenodigd voor de vragenlijst ${quoted(data.surveyTitle)}. Misschien bent u er nog niet aan toegekomen. Uw mening telt, ook als u weinig tijd hebt.`,
      "Heeft u de vragenlijst in de tussentijd al ingevuld? Dan kunt u deze e-mail vergeten. Dank u wel!",
      ...fieldworkParagraphs(data),
    ],
    facts: fieldworkFacts(data),
    action: { label: "Vul de vragenlijst in", url: personalLink(data, context) },
    ...memberFooter(data),
  };
}
