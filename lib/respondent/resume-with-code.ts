import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientAddressFrom, rateLimitKey } from "@/lib/auth/rate-limit-keys";
import { findSurveyForRespondent } from "@/lib/data/public-surveys";
import { isRateLimited, recordEvent } from "@/lib/data/rate-limit";
import { findResumableByCode } from "@/lib/data/responses";
import { writeRespondentKeys } from "./respondent-cookie";
import type { ResumeCodeState } from "./resume-code-state";
import { normalizeResumeCode } from "./resume-tokens";

export const resumeCodeSchema = z.object({
  slug: z.string().min(1).max(100),
  code: z.string().trim().min(1, "format").max(40, "format"),
});

// A code has about 49 bits; these limits make guessing one hopeless while a person who mistypes
// a few times is not locked out.
const PER_CLIENT = { max: 10, windowMs: 15 * 60 * 1000 };
const PER_SURVEY = { max: 300, windowMs: 15 * 60 * 1000 };

async function clientKey(): Promise<string> {
  return rateLimitKey("resume", "client", clientAddressFrom(await headers()));
}

/**
 * Finds an unfinished response by the code a respondent wrote down. The code never opens a
 * completed response, and failed guesses are limited per client and per survey.
 */
export async function resumeWithCode(state: ResumeCodeState, formData: FormData): Promise<ResumeCodeState> {
  const attempt = state.attempt + 1;
  const parsed = resumeCodeSchema.safeParse({ slug: formData.get("_slug"), code: formData.get("code") });
  if (!parsed.success) return { attempt, error: "format" };
  const lookup = findSurveyForRespondent(parsed.data.slug);
  if (lookup.state !== "open") return { attempt, error: "survey_closed" };
  const { survey } = lookup;
  const code = normalizeResumeCode(parsed.data.code);
  if (!code) return { attempt, code: parsed.data.code, error: "format" };

  const clientLimitKey = await clientKey();
  const surveyLimitKey = `resume:survey:${survey.id}`;
  if (
    isRateLimited(clientLimitKey, PER_CLIENT.max, PER_CLIENT.windowMs) ||
    isRateLimited(surveyLimitKey, PER_SURVEY.max, PER_SURVEY.windowMs)
  ) {
    return { attempt, code: parsed.data.code, error: "rate_limited" };
  }
  const found = findResumableByCode(survey.id, code);
  if (!found) {
    recordEvent(clientLimitKey);
    recordEvent(surveyLimitKey);
    return { attempt, code: parsed.data.code, error: "not_found" };
  }
  await writeRespondentKeys(survey.id, survey.slug, { token: found.token, code });
  redirect(`/s/${survey.slug}/vraag/${found.response.currentPageId}`);
}
