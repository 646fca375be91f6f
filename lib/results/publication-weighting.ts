import { MIN_EFFECTIVE_SAMPLE, typicalMarginOfError } from "./margin-of-error";
import type { Weighting, WeightingClass } from "./types";

/*
 * What the public page's method section says about the weighting, taken from the staff results'
 * weighting (lib/results/types.ts Weighting) when results are published. Everything a reader needs
 * to judge the weighted figures honestly: whom they describe (only the panel members with a known
 * age group, sex and district, not every respondent), how much the weighting costs in precision
 * (effective n and the typical margin, none below n_eff 30), which groups were too small to weight
 * on their own, and whether the weighted sample actually matches the population.
 *
 * Counts per merged group are left out on purpose: they are age × sex counts that no published
 * table shows, and some of them are small.
 */

export type PublishedWeighting = {
  method: "raking";
  /** Where the population figures come from. */
  source: string;
  /**
   * The respondents the weighted figures describe: panel members with a known age group, sex and
   * district. Null when the panel respondents left out of the weighting would number 1 to k − 1:
   * beside the published channel counts their number would be a small count of its own.
   */
  weightedRespondents: number | null;
  /** Every respondent in the results; those without a weight count in the unweighted figures only. */
  respondents: number;
  /** Kish effective sample size of the weighted respondents, rounded. */
  effectiveN: number;
  /**
   * Typical 95% margin of a weighted percentage (half the Wilson interval at 50%), in percentage
   * points with one decimal; null when effectiveN is below `minimumEffectiveN`.
   */
  marginOfError: number | null;
  /** Below this effective n no margin is given (the figures are a rough estimate). */
  minimumEffectiveN: number;
  /** Categories with fewer than this many panel members were merged with a neighbour. */
  minimumCategorySize: number;
  /** The merged categories, each as the age groups and sexes, or the districts, it joins. */
  merged: WeightingClass[];
  /** Whether the weighted panel matches the population in every category to within `marginTolerance`. */
  marginsMet: boolean;
  /** Percentage points. */
  marginTolerance: number;
  /** The category furthest from its population share after weighting, and by how many percentage points (one decimal). */
  largestDifference: { category: WeightingClass; points: number } | null;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * `respondents`: every respondent in the published results (SurveyResults.respondents);
 * `panelRespondents` and `k`, when given, decide whether the number weighted may be printed.
 */
export function publishWeighting(
  weighting: Weighting,
  { respondents, panelRespondents, k }: { respondents: number; panelRespondents?: number; k?: number },
): PublishedWeighting {
  const leftOut = panelRespondents === undefined ? 0 : panelRespondents - weighting.weightedRespondents;
  const printable = k === undefined || leftOut <= 0 || leftOut >= k;
  const margin = typicalMarginOfError(weighting.effectiveN);
  const gap = weighting.largestDifference;
  return {
    method: weighting.method,
    source: weighting.source,
    weightedRespondents: printable ? weighting.weightedRespondents : null,
    respondents,
    effectiveN: Math.round(weighting.effectiveN),
    marginOfError: margin === null ? null : round1(margin * 100),
    minimumEffectiveN: MIN_EFFECTIVE_SAMPLE,
    minimumCategorySize: weighting.minimumCategorySize,
    merged: weighting.merged.map(({ respondents: _hidden, ...category }) => category),
    marginsMet: weighting.marginsMet,
    marginTolerance: weighting.marginTolerance,
    largestDifference: gap
      ? { category: gap.category, points: round1(Math.abs(gap.weightedPercent - gap.populationPercent)) }
      : null,
  };
}
