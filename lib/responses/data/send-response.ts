import "server-only";
import { redirect } from "next/navigation";
import { InputError } from "@/lib/accounts/errors";
import { visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { answerSummary, type SummaryPage } from "../answer-summary";
import { firstIncompletePage, pagesInPath } from "../page-flow";
import { clearRespondentKeys } from "../respondent-cookie";
import type { SendResponseInput } from "../schema";
import { oneOffMailVerdict, recordOneOffMail } from "./one-off-mail-guard";
import { loadRespondentSession, type RespondentSession } from "./respondent-session";
import { completeResponse } from "./response-completion";
import { invitationTokenOf, ResponseConflictError } from "./responses";
import { summaryWords } from "./summary-words";

/** Where the thank-you page learns, without naming the response, that the answers came through a panel invitation. */
export const VIA_PANEL = "panel";

type ActiveSession = Extract<RespondentSession, { kind: "active" }>;

/**
 * This browser's response, when it may be reviewed and sent, with its answers read back
 * (lib/responses/answer-summary.ts) in the interface's words: every page on the path answered as
 * required and the last page reached. Otherwise the resident is sent where they should be.
 */
export async function reviewableSession(
  slug: string,
): Promise<(ActiveSession & { summary: SummaryPage[] }) | Exclude<RespondentSession, ActiveSession>> {
  const session = await loadRespondentSession(slug);
  if (session.kind !== "active") return session;
  const { survey, response } = session;
  const base = `/s/${survey.slug}`;
  if (response.status === "completed") redirect(`${base}/klaar`);
  const path = pagesInPath(survey.definition, response.answers);
  if (response.currentPageId !== path.at(-1)?.id)
    redirect(`${base}/vraag/${response.currentPageId ?? path[0].id}`);
  const incomplete = firstIncompletePage(survey.definition, response.answers);
  if (incomplete) redirect(`${base}/vraag/${incomplete}?controleer=1`);
  return { ...session, summary: answerSummary(survey.definition, response.answers, await summaryWords()) };
}

/**
 * "Versturen" on the review page: completes this browser's response (once; lib/responses/data/
 * response-completion.ts) and, when the resident gave an address, puts a copy of the answers in
 * the outbox in the same transaction. The address goes into that one mail and nowhere else: not
 * next to the response, not in the audit log, not in the rate limit (which counts the client).
 * Then the browser's link to the response is removed and the thank-you page shown.
 */
export async function sendResponse(input: SendResponseInput, client: string): Promise<never> {
  const session = await reviewableSession(input.slug);
  if (session.kind === "closed" || session.kind === "unknown")
    throw new InputError({ formError: "survey.problem.survey_closed" });
  if (session.kind === "none") throw new InputError({ formError: "survey.problem.no_response" });
  const { survey, response, keys } = session;
  const base = `/s/${survey.slug}`;

  if (input.copyTo) {
    // Checked before completing, so a refused copy loses nothing: the answers are still here to send.
    if ((await oneOffMailVerdict("copy", client)) !== "allowed")
      throw new InputError({ fieldErrors: { copyTo: ["survey.mailAddress.rateLimited"] } });
  }
  const copy = input.copyTo
    ? {
        to: input.copyTo,
        data: {
          surveySlug: survey.slug,
          surveyTitle: survey.title,
          pages: session.summary,
          resultsExpectedOn: survey.resultsExpectedOn,
        },
      }
    : null;
  // Decided now: once completed, nothing says any more that the response came through an invitation.
  const viaInvitation = response.invitationSealed !== null;
  let outcome: Awaited<ReturnType<typeof completeResponse>>;
  try {
    outcome = await completeResponse({
      responseId: response.id,
      surveyId: survey.id,
      visibleQuestionIds: [...visibleQuestionIds(survey.definition, response.answers)],
      invitationToken: invitationTokenOf(response, keys.token),
      copy,
      // The language the resident read the survey in (the loader's choice from the interface locale).
      language: survey.language,
    });
  } catch (error) {
    if (error instanceof ResponseConflictError) redirect(`${base}/klaar`);
    throw error;
  }
  if (copy && outcome === "completed") await recordOneOffMail("copy", client);
  await clearRespondentKeys(survey.id, survey.slug);
  // The response was removed; the start page says why (this page has no response to show any more).
  if (outcome === "invitation_used") redirect(`${base}?melding=uitnodiging-gebruikt`);
  const flags = new URLSearchParams();
  if (viaInvitation) flags.set("via", VIA_PANEL);
  if (copy && outcome === "completed") flags.set("kopie", "1");
  redirect(`${base}/klaar${flags.size > 0 ? `?${flags}` : ""}`);
}
