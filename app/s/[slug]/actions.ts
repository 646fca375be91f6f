"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddressFrom, createAction, type Refusal, refusedTo } from "@/lib/accounts";
import { checkInvitation, markInvitationStarted } from "@/lib/fieldwork";
import { nextAttempt } from "@/lib/http/action-arguments";
import {
  type PageFormState,
  pageEnvelopeSchema,
  pagesInPath,
  type ResumeCodeState,
  resumeCodeSchema,
  resumeMailSchema,
  resumeWithCode,
  sendResponse,
  sendResponseSchema,
  sendResumeLink,
  startGuardedResponse,
  submitPage,
  writeRespondentKeys,
} from "@/lib/responses";
import { findSurveyForRespondent } from "@/lib/surveys";

/*
 * A resident answering a survey: public actions (no account; the respondent cookie, per survey,
 * names this browser's response), each a form that works without JavaScript. A refused form keeps
 * its own state or redirects, as the resident's pages expect; a fault is thrown on, so Next shows
 * its error page, as for a fault anywhere else.
 */

const startSchema = z
  .object({
    _slug: z.string().min(1).max(100),
    _token: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
    _invitation: z.string().max(100).optional(),
  })
  .transform(({ _slug, _token, _invitation }) => ({ slug: _slug, token: _token, invitation: _invitation }));

/**
 * Starts (or, on a repeated post, finds) this browser's response and goes to the first page. A
 * `_code` in the request is ignored: the server draws the code (issue 10, finding 3). A start that
 * is not well-formed goes to the home page.
 */
export const startSurveyAction = createAction(
  { schema: startSchema, permission: "public", refused: { redirect: refusedTo("/") } },
  async ({ slug, token, invitation: invitationToken }) => {
    const lookup = await findSurveyForRespondent(slug);
    if (lookup.state !== "open") redirect(`/s/${encodeURIComponent(slug)}`);
    const { survey } = lookup;
    const invitation = invitationToken ? await checkInvitation(survey.id, invitationToken) : null;
    // An invitation that no longer works gets the invitation page's one message.
    if (invitationToken && !invitation)
      redirect(`/s/${survey.slug}/uitnodiging/${encodeURIComponent(invitationToken)}`);
    const firstPage = pagesInPath(survey.definition, {})[0];
    const keys = await startGuardedResponse({
      client: clientAddressFrom(await headers()),
      surveyId: survey.id,
      versionId: survey.versionId,
      token,
      firstPageId: firstPage.id,
      ...(invitation
        ? {
            channel: "panel" as const,
            panelId: invitation.panelId,
            memberId: survey.anonymity === "pseudonymous" ? invitation.memberId : null,
            invitationToken,
          }
        : {}),
    });
    if (invitation) await markInvitationStarted(invitation.id);
    await writeRespondentKeys(survey.id, survey.slug, { token: keys.token, code: keys.code });
    redirect(`/s/${survey.slug}/vraag/${firstPage.id}`);
  },
);

/** A fault is thrown on; any other refusal is the form state the page shows for it. */
function stateFor<S>(refused: (attempt: number) => S) {
  return (refusal: Refusal, previous: unknown): S => {
    if (refusal.reason === "unexpected") throw refusal.error;
    return refused(nextAttempt(previous));
  };
}

/**
 * One page of answers (lib/responses/data/submit-page.ts): the page again, with errors or new
 * follow-up questions, or a redirect to where the resident goes next. A submission whose own
 * fields (survey, page, button) are not well-formed is refused as a whole.
 */
export const savePageAction = createAction(
  {
    schema: pageEnvelopeSchema,
    permission: "public",
    refused: {
      state: stateFor((attempt): PageFormState => ({ attempt, errors: [], problem: "invalid_request" })),
    },
  },
  (envelope, { form, previous }) => submitPage(envelope, form, nextAttempt(previous)),
);

/** The resume-code form: a code that is not well-formed is refused with the "format" message. */
export const resumeWithCodeAction = createAction(
  {
    schema: resumeCodeSchema,
    permission: "public",
    refused: { state: stateFor((attempt): ResumeCodeState => ({ attempt, error: "format" })) },
  },
  (input, { previous }) => resumeWithCode(input, nextAttempt(previous)),
);

/**
 * "Versturen" on the review page: completes the response, with a copy of the answers to the
 * address given (if any), and goes to the thank-you page. A bad address or a refused copy comes
 * back as the form's errors, with nothing sent and nothing lost.
 */
export const sendResponseAction = createAction(
  { schema: sendResponseSchema, permission: "public" },
  async (input) => await sendResponse(input, clientAddressFrom(await headers())),
);

/** The "bewaard" page's form: the resume link, mailed once to the address given. */
export const sendResumeLinkAction = createAction(
  { schema: resumeMailSchema, permission: "public" },
  async (input) => await sendResumeLink(input, clientAddressFrom(await headers())),
);
