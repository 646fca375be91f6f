import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { panels, surveys, surveyVersions } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { AGE_GROUPS } from "@/lib/panels/age-groups";
import { SEXES } from "@/lib/panels/types";
import { buildQuestionResults } from "@/lib/results/aggregate-results";
import { type CubeView, respondentsOf } from "@/lib/results/aggregate-view";
import type {
  BreakdownGroup,
  BreakdownSpec,
  Dimension,
  ResultFilters,
  SurveyResults,
  Weighting,
} from "@/lib/results/types";
import { effectiveSize } from "@/lib/results/weights";
import { isCurrentVersion } from "@/lib/surveys/data/current-version";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { CHANNELS } from "@/lib/surveys/types";
import { ensureResultCube } from "./result-cells";
import { cachedQuestionBreakdown } from "./survey-results-by-question";
import { approvedCounts, cleanFilters, queryCubeViews } from "./survey-results-query";
import { type SurveyWeights, surveyWeights } from "./survey-results-weighting";

/*
 * A survey's results: getSurveyResults for staff and for publishing (it checks the permission),
 * and computeSurveyResults, the same work without the check, for the callers that have checked
 * already or have no session (the results benchmark). Every question
 * of the version residents answer, from the results cube, filtered (AND over the five dimensions),
 * optionally broken down and weighted. The cube is summed in SQL (survey-results-query.ts); the
 * figures are built by lib/results/aggregate-results.ts. Cost depends on the cube's size (questions
 * × values × cells), not on the number of responses.
 *
 * Breakdown group labels: the raw stored value (channel "public", sex "vrouw", district "Centrum",
 * age group "35-49"; "" for unknown), except panels, which carry the panel's name (value: the
 * panel id as text; "0" = no panel). The interface translates channel, sex and "" itself.
 */

export type SurveyResultsOptions = {
  filters?: ResultFilters;
  breakdown?: BreakdownSpec | null;
  /** Add weighted figures when the survey's weighting is raking and there is something to weight. */
  weighted?: boolean;
};

/**
 * A survey's results for staff (response:read) and for publishing (survey:publish): every question
 * of the version residents answer (surveys.current_version_id), in definition order, from the
 * results cube; filtered (AND over channel, panel, district, age group, sex), optionally broken
 * down by one dimension or by a closed question, and weighted (raking of panel respondents, beside
 * the unweighted figures) when `weighted` is asked and the survey's settings weight. Null when the
 * survey does not exist. Breakdown labels: see the top of this file.
 */
export async function getSurveyResults(
  surveyId: number,
  options: SurveyResultsOptions = {},
  permission: "response:read" | "survey:publish" = "response:read",
): Promise<SurveyResults | null> {
  await requirePermission(permission);
  return await computeSurveyResults(surveyId, options);
}

export async function computeSurveyResults(
  surveyId: number,
  options: SurveyResultsOptions = {},
): Promise<SurveyResults | null> {
  const definition = await currentDefinition(surveyId);
  if (!definition) return null;
  const cube = await ensureResultCube(surveyId);

  const filters = cleanFilters(options.filters);
  const weights = options.weighted ? await surveyWeights(surveyId) : null;
  const spec = options.breakdown ?? null;
  const dimension = spec?.kind === "dimension" ? spec.dimension : null;
  const views = await queryCubeViews(surveyId, filters, dimension, weights?.cells ?? null);
  const weighting = weightingOf(views.total, weights);
  const weighted = weighting !== null;
  const approved = await approvedCounts(surveyId, filters, dimension);

  const results: SurveyResults = {
    surveyId,
    filters,
    respondents: respondentsOf(views.total).count,
    weighting,
    questions: buildQuestionResults(definition, views.total, { weighted, approved: approved.total }),
    breakdown: null,
  };
  if (spec?.kind === "dimension") {
    const labels = await groupLabels(spec.dimension, [...views.groups.keys()]);
    const groups: BreakdownGroup[] = orderGroups(spec.dimension, labels).map((value) => {
      const view = views.groups.get(value) as CubeView;
      return {
        value,
        label: labels.get(value) ?? value,
        respondents: respondentsOf(view).count,
        questions: buildQuestionResults(definition, view, {
          weighted,
          approved: approved.groups.get(value) ?? {},
        }),
      };
    });
    results.breakdown = { spec, label: spec.dimension, groups };
  } else if (spec?.kind === "question") {
    results.breakdown = await cachedQuestionBreakdown(
      surveyId,
      cube.responses,
      definition,
      spec.questionId,
      filters,
      weighted ? (weights?.cells ?? null) : null,
    );
  }
  return results;
}

/** Weighting as it applies to this view: null when nobody in the view carries a weight. */
function weightingOf(total: CubeView, weights: SurveyWeights | null): Weighting | null {
  const respondents = respondentsOf(total);
  if (!weights || respondents.weightedCount === 0) return null;
  return {
    method: "raking",
    weightedRespondents: respondents.weightedCount,
    effectiveN: effectiveSize(respondents),
    iterations: weights.iterations,
    converged: weights.converged,
    minWeight: weights.minWeight,
    maxWeight: weights.maxWeight,
    trimmed: weights.trimmed,
    trim: weights.trim,
    source: weights.source,
    minimumCategorySize: weights.minimumCategorySize,
    merged: weights.merged,
    marginsMet: weights.marginsMet,
    marginTolerance: weights.marginTolerance,
    largestDifference: weights.largestDifference,
  };
}

// A frozen version never changes; the current version of a survey with responses is frozen.
const frozenDefinitions = new Map<number, SurveyDefinition>();

/** The definition of the version residents answer (surveys.current_version_id); null: no survey. */
export async function currentDefinition(surveyId: number): Promise<SurveyDefinition | null> {
  const db = getDb();
  const survey = (
    await db
      .select({ id: surveyVersions.id, frozenAt: surveyVersions.frozenAt })
      .from(surveys)
      .innerJoin(surveyVersions, isCurrentVersion)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!survey) return null;
  const cached = frozenDefinitions.get(survey.id);
  if (cached) return cached;
  const row = (
    await db
      .select({ definition: surveyVersions.definition })
      .from(surveyVersions)
      .where(eq(surveyVersions.id, survey.id))
      .limit(1)
  )[0] as { definition: unknown };
  const definition = row.definition as SurveyDefinition;
  if (survey.frozenAt !== null) frozenDefinitions.set(survey.id, definition);
  return definition;
}

const ORDER: Partial<Record<Dimension, readonly string[]>> = {
  channel: CHANNELS,
  age_group: AGE_GROUPS,
  sex: SEXES,
};

/** Known values in their own order (else alphabetically, panels by name), unknown ("", "0") last. */
function orderGroups(dimension: Dimension, labels: ReadonlyMap<string, string>): string[] {
  const values = [...labels.keys()];
  const order = ORDER[dimension];
  const unknown = (v: string) => v === "" || (dimension === "panel" && v === "0");
  const rank = (v: string) => (order ? order.indexOf(v) : -1);
  return values.sort((a, b) => {
    if (unknown(a) !== unknown(b)) return unknown(a) ? 1 : -1;
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    return (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b, "nl");
  });
}

/** Each group's label, by its value. */
async function groupLabels(dimension: Dimension, values: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const value of values) labels.set(value, await groupLabel(dimension, value));
  return labels;
}

async function groupLabel(dimension: Dimension, value: string): Promise<string> {
  if (dimension !== "panel") return value;
  if (value === "0") return "";
  const row = (
    await getDb()
      .select({ name: panels.name })
      .from(panels)
      .where(eq(panels.id, Number(value)))
      .limit(1)
  )[0];
  return row?.name ?? value;
}
