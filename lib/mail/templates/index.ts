import { type AdviceSubmittedData, adviceSubmitted } from "./advice-submitted";
import { type AlreadyMemberData, alreadyMember } from "./already-member";
import { type AnswersCopyData, answersCopy } from "./answers-copy";
import { type InvitationData, invitation } from "./invitation";
import type { MailContent, MailContext, RenderedMail } from "./mail-content";
import { type MemberEmailConfirmData, memberEmailConfirm } from "./member-email-confirm";
import { type MemberLoginData, memberLogin } from "./member-login";
import { type ReminderData, reminder } from "./reminder";
import { renderLayout } from "./render-layout";
import { type ResponseFinalizedData, responseFinalized } from "./response-finalized";
import { type ResumeLinkData, resumeLink } from "./resume-link";
import { type ReviewSharedData, reviewShared } from "./review-shared";
import { type SignupConfirmData, signupConfirm } from "./signup-confirm";
import { type PanelWelcomeData, panelWelcome } from "./welcome";

/**
 * Every mail template by name. To add one: write `lib/mail/templates/<name>.ts` exporting its
 * data type and a function `(data, context) => MailContent` (plain text pieces; the layout
 * escapes and renders both parts), and add it here. The name is stored in `mail_outbox.template`,
 * so never rename one that may be in an outbox.
 */
export const MAIL_TEMPLATES = {
  review_shared: reviewShared,
  advice_submitted: adviceSubmitted,
  response_finalized: responseFinalized,
  // Panel membership (recruitment and self-service); each carries the member's unsubscribe link.
  panel_signup_confirm: signupConfirm,
  panel_already_member: alreadyMember,
  panel_member_login: memberLogin,
  panel_welcome: panelWelcome,
  panel_email_confirm: memberEmailConfirm,
  // Fieldwork: a member drawn for a survey, and the reminders to those who have not completed.
  invitation,
  reminder,
  // A resident's one-off mail to an address typed for it: a copy of their answers, a resume link.
  answers_copy: answersCopy,
  resume_link: resumeLink,
} as const;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateData = {
  [N in MailTemplateName]: Parameters<(typeof MAIL_TEMPLATES)[N]>[0];
};

/**
 * Mail sent once to an address a resident typed for that one mail, never kept: once delivered
 * or given up (failed, or in doubt) the worker deletes the message, address and body with it
 * (lib/mail/data/mail-delivery.ts, forgetOneOffMail). Nothing else records the address.
 */
export const FORGOTTEN_AFTER_SENDING = [
  "answers_copy",
  "resume_link",
] as const satisfies readonly MailTemplateName[];

export type {
  AdviceSubmittedData,
  AlreadyMemberData,
  AnswersCopyData,
  InvitationData,
  MailContent,
  MailContext,
  MemberEmailConfirmData,
  MemberLoginData,
  PanelWelcomeData,
  ReminderData,
  RenderedMail,
  ResponseFinalizedData,
  ResumeLinkData,
  ReviewSharedData,
  SignupConfirmData,
};

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(MAIL_TEMPLATES, name);
}

/** Renders one template into subject, text and HTML. */
export function renderMail<N extends MailTemplateName>(
  template: N,
  data: MailTemplateData[N],
  context: MailContext,
): RenderedMail {
  const render = MAIL_TEMPLATES[template] as (data: MailTemplateData[N], context: MailContext) => MailContent;
  return renderLayout(render(data, context), context);
}
