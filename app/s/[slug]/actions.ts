"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddressFrom } from "@/lib/accounts/rate-limit-keys";
import { markInvitationStarted } from "@/lib/fieldwork/data/invitation-access";
import { checkInvitation } from "@/lib/fieldwork/data/invitation-guard";
import { formDataArgument } from "@/lib/http/action-arguments";
import { resumeWithCode } from "@/lib/responses/data/resume-with-code";
import { startGuardedResponse } from "@/lib/responses/data/start-response";
import { submitPage } from "@/lib/responses/data/submit-page";
import { pagesInPath } from "@/lib/responses/page-flow";
import type { PageFormState } from "@/lib/responses/page-form-state";
import { writeRespondentKeys } from "@/lib/responses/respondent-cookie";
import type { ResumeCodeState } from "@/lib/responses/resume-code-state";
import { findSurveyForRespondent } from "@/lib/surveys/data/public-surveys";

const startSchema = z.object({
  slug: z.string().min(1).max(100),
  token: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  invitation: z.string().max(100).optional(),
});

/**
 * Starts (or, on a repeated post, finds) this browser's response and goes to the first page. A
 * A `_code` in the request is ignored: the server draws the code (issue 10, finding 3).
 */
export async function startSurveyAction(posted: FormData): Promise<void> {
  const formData = formDataArgument(posted);
  const parsed = startSchema.safeParse({
    slug: formData.get("_slug"),
    token: formData.get("_token"),
    invitation: formData.get("_invitation") ?? undefined,
  });
  if (!parsed.success) redirect("/");
  const { slug, token, invitation: invitationToken } = parsed.data;
  const lookup = findSurveyForRespondent(slug);
  if (lookup.state !== "open") redirect(`/s/${encodeURIComponent(slug)}`);
  const { survey } = lookup;
  const invitation = invitationToken ? await checkInvitation(survey.id, invitationToken) : null;
  // An invitation that no longer works gets the invitation page's one message.
  if (invitationToken && !invitation)
    redirect(`/s/${survey.slug}/uitnodiging/${encodeURIComponent(invitationToken)}`);
  const firstPage = pagesInPath(survey.definition, {})[0];
  const keys = startGuardedResponse({
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
  if (invitation) markInvitationStarted(invitation.id);
  await writeRespondentKeys(survey.id, survey.slug, { token: keys.token, code: keys.code });
  redirect(`/s/${survey.slug}/vraag/${firstPage.id}`);
}

export async function savePageAction(state: PageFormState, formData: FormData): Promise<PageFormState> {
  return submitPage(state, formData);
}

export async function resumeWithCodeAction(
  state: ResumeCodeState,
  formData: FormData,
): Promise<ResumeCodeState> {
  return resumeWithCode(state, formData);
}
