import { type AdviceSubmittedData, adviceSubmitted } from "./advice-submitted";
import { type AlreadyMemberData, alreadyMember } from "./already-member";
import { type InvitationData, invitation } from "./invitation";
import type { MailContent, MailContext, RenderedMail } from "./mail-content";
import { type MemberEmailConfirmData, memberEmailConfirm } from "./member-email-confirm";
import { type MemberLoginData, memberLogin } from "./member-login";
import { type ReminderData, reminder } from "./reminder";
import { renderLayout } from "./render-layout";
import { type ResponseFinalizedData, responseFinalized } from "./response-finalized";
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
} as const;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateData = {
  [N in MailTemplateName]: Parameters<(typeof MAIL_TEMPLATES)[N]>[0];
};

export type {
  AdviceSubmittedData,
  AlreadyMemberData,
  InvitationData,
  MailContent,
  MailContext,
  MemberEmailConfirmData,
  MemberLoginData,
  PanelWelcomeData,
  ReminderData,
  RenderedMail,
  ResponseFinalizedData,
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
