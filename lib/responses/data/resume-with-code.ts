import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressFrom } from "@/lib/accounts/data/rate-limit-keys";
import { findSurveyForRespondent } from "@/lib/surveys/data/public-surveys";
import { writeRespondentKeys } from "../respondent-cookie";
import type { ResumeCodeState } from "../resume-code-state";
import { normalizeResumeCode } from "../resume-tokens";
import type { ResumeCodeInput } from "../schema";
import { resumeByCode } from "./resume-guard";

/**
 * Finds an unfinished response by the code a respondent wrote down. The code never opens a
 * completed response, and wrong guesses are limited (see resume-guard.ts for how, and why a
 * flood of guesses does not lock other respondents out). The form was checked against
 * `resumeCodeSchema` by the action wrapper (app/s/[slug]/actions.ts).
 */
export async function resumeWithCode(input: ResumeCodeInput, attempt: number): Promise<ResumeCodeState> {
  const lookup = await findSurveyForRespondent(input.slug);
  if (lookup.state !== "open") return { attempt, error: "survey_closed" };
  const { survey } = lookup;
  const code = normalizeResumeCode(input.code);
  if (!code) return { attempt, code: input.code, error: "format" };

  const found = await resumeByCode(survey.id, clientAddressFrom(await headers()), code);
  if ("error" in found) return { attempt, code: input.code, error: found.error };
  await writeRespondentKeys(survey.id, survey.slug, { token: found.token, code });
  redirect(`/s/${survey.slug}/vraag/${found.response.currentPageId}`);
}
