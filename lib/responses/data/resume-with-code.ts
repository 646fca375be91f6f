import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddressFrom } from "@/lib/accounts/rate-limit-keys";
import { formDataArgument, nextAttempt } from "@/lib/http/action-arguments";
import { findSurveyForRespondent } from "@/lib/surveys/data/public-surveys";
import { writeRespondentKeys } from "../respondent-cookie";
import type { ResumeCodeState } from "../resume-code-state";
import { normalizeResumeCode } from "../resume-tokens";
import { resumeByCode } from "./resume-guard";

export const resumeCodeSchema = z.object({
  slug: z.string().min(1).max(100),
  code: z.string().trim().min(1, "format").max(40, "format"),
});

/**
 * Finds an unfinished response by the code a respondent wrote down. The code never opens a
 * completed response, and wrong guesses are limited (see resume-guard.ts for how, and why a
 * flood of guesses does not lock other respondents out).
 */
export async function resumeWithCode(state: ResumeCodeState, posted: FormData): Promise<ResumeCodeState> {
  const attempt = nextAttempt(state);
  const formData = formDataArgument(posted);
  const parsed = resumeCodeSchema.safeParse({ slug: formData.get("_slug"), code: formData.get("code") });
  if (!parsed.success) return { attempt, error: "format" };
  const lookup = findSurveyForRespondent(parsed.data.slug);
  if (lookup.state !== "open") return { attempt, error: "survey_closed" };
  const { survey } = lookup;
  const code = normalizeResumeCode(parsed.data.code);
  if (!code) return { attempt, code: parsed.data.code, error: "format" };

  const found = resumeByCode(survey.id, clientAddressFrom(await headers()), code);
  if ("error" in found) return { attempt, code: parsed.data.code, error: found.error };
  await writeRespondentKeys(survey.id, survey.slug, { token: found.token, code });
  redirect(`/s/${survey.slug}/vraag/${found.response.currentPageId}`);
}
