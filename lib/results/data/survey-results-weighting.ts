import "server-only";
import { getDb } from "@/db/client";
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
export function weightingSettings(surveyId: number): ResultWeightingSettings {
  const row = getDb()
    .$client.prepare(
      "SELECT weighting, trim_low AS trimLow, trim_high AS trimHigh FROM result_settings WHERE survey_id = ?",
    )
    .get(surveyId) as ResultWeightingSettings | undefined;
  if (row) return row;
  const { weighting, trimLow, trimHigh } = DEFAULT_RESULT_SETTINGS;
  return { weighting, trimLow, trimHigh };
}

export type SurveyWeights = RakedWeights & { source: string };

/** Null when weighting is off, or there are no population figures or no panel respondents to weight. */
export function surveyWeights(surveyId: number): SurveyWeights | null {
  const settings = weightingSettings(surveyId);
  if (settings.weighting !== "raking") return null;
  const sqlite = getDb().$client;
  const figures = sqlite
    .prepare("SELECT dimension, category, count, source FROM population_figures WHERE dimension IN (?, ?)")
    .all(AGE_SEX_DIMENSION, DISTRICT_DIMENSION) as {
    dimension: string;
    category: string;
    count: number;
    source: string;
  }[];
  const population = { ageSex: {} as Record<string, number>, district: {} as Record<string, number> };
  for (const f of figures)
    (f.dimension === AGE_SEX_DIMENSION ? population.ageSex : population.district)[f.category] = f.count;
  if (Object.keys(population.ageSex).length === 0 || Object.keys(population.district).length === 0)
    return null;

  const cells = sqlite
    .prepare(
      `SELECT age_group AS ageGroup, sex, district, sum(count) AS count FROM result_cells
       WHERE survey_id = ? AND question_id = ? AND channel = 'panel'
         AND age_group <> '' AND sex <> '' AND district <> ''
       GROUP BY age_group, sex, district`,
    )
    .all(surveyId, RESPONDENTS_QUESTION) as {
    ageGroup: string;
    sex: string;
    district: string;
    count: number;
  }[];
  const raked = rakeRespondentCells(cells, population, { low: settings.trimLow, high: settings.trimHigh });
  return raked ? { ...raked, source: figures[0]?.source ?? "" } : null;
}
