import "server-only";
import { requirePermission } from "@/lib/accounts/data/session";
import type { SurveyResults } from "@/lib/results/types";
import { computeSurveyResults, type SurveyResultsOptions } from "./survey-results-compute";

export type { SurveyResultsOptions };

/**
 * A survey's results for staff (response:read) and for publishing (survey:publish): every question
 * of the version residents answer (surveys.current_version_id), in definition order, from the
 * results cube; filtered (AND over channel, panel, district, age group, sex), optionally broken
 * down by one dimension or by a closed question, and weighted (raking of panel respondents, beside
 * the unweighted figures) when `weighted` is asked and the survey's settings weight. Null when the
 * survey does not exist. Breakdown labels: see survey-results-compute.ts.
 */
export async function getSurveyResults(
  surveyId: number,
  options: SurveyResultsOptions = {},
  permission: "response:read" | "survey:publish" = "response:read",
): Promise<SurveyResults | null> {
  await requirePermission(permission);
  return computeSurveyResults(surveyId, options);
}
