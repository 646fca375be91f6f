import "server-only";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { populationFigures, resultCells, resultSettings } from "@/db/schema";
import { RESPONDENTS_QUESTION } from "@/lib/results/aggregate-cells";
import {
  AGE_SEX_MARGIN as AGE_SEX_DIMENSION,
  DISTRICT_MARGIN as DISTRICT_DIMENSION,
  type RakedWeights,
  rakeRespondentCells,
} from "@/lib/results/weights";
import { DEFAULT_RESULT_SETTINGS } from "./result-settings";

/*
 * The survey's raking weights: its panel respondents per cell (age group, sex, district) from the
 * cube's "#respondents" rows, raked to the population figures with the survey's trim bounds.
 * Computed over the whole survey, whatever the filters, so a respondent's weight is the same in
 * every view (filters and breakdowns are domains of one weighted sample).
 */

export type ResultWeightingSettings = { weighting: "none" | "raking"; trimLow: number; trimHigh: number };

/** The survey's settings, or the defaults (raking, trimmed to 0.3–3× the mean weight). */
export async function weightingSettings(surveyId: number): Promise<ResultWeightingSettings> {
  const row = (
    await getDb()
      .select({
        weighting: resultSettings.weighting,
        trimLow: resultSettings.trimLow,
        trimHigh: resultSettings.trimHigh,
      })
      .from(resultSettings)
      .where(eq(resultSettings.surveyId, surveyId))
      .limit(1)
  )[0];
  if (row) return row;
  const { weighting, trimLow, trimHigh } = DEFAULT_RESULT_SETTINGS;
  return { weighting, trimLow, trimHigh };
}

export type SurveyWeights = RakedWeights & { source: string };

/** Null when weighting is off, or there are no population figures or no panel respondents to weight. */
export async function surveyWeights(surveyId: number): Promise<SurveyWeights | null> {
  const settings = await weightingSettings(surveyId);
  if (settings.weighting !== "raking") return null;
  const db = getDb();
  const figures = await db
    .select({
      dimension: populationFigures.dimension,
      category: populationFigures.category,
      count: populationFigures.count,
      source: populationFigures.source,
    })
    .from(populationFigures)
    .where(inArray(populationFigures.dimension, [AGE_SEX_DIMENSION, DISTRICT_DIMENSION]));
  const population = { ageSex: {} as Record<string, number>, district: {} as Record<string, number> };
  for (const f of figures)
    (f.dimension === AGE_SEX_DIMENSION ? population.ageSex : population.district)[f.category] = f.count;
  if (Object.keys(population.ageSex).length === 0 || Object.keys(population.district).length === 0)
    return null;

  const c = resultCells;
  const cells = await db
    .select({ ageGroup: c.ageGroup, sex: c.sex, district: c.district, count: sql<number>`sum(${c.count})` })
    .from(c)
    .where(
      and(
        eq(c.surveyId, surveyId),
        eq(c.questionId, RESPONDENTS_QUESTION),
        eq(c.channel, "panel"),
        ne(c.ageGroup, ""),
        ne(c.sex, ""),
        ne(c.district, ""),
      ),
    )
    .groupBy(c.ageGroup, c.sex, c.district);
  const raked = rakeRespondentCells(cells, population, { low: settings.trimLow, high: settings.trimHigh });
  return raked ? { ...raked, source: figures[0]?.source ?? "" } : null;
}
