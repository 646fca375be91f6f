import type { ViewFigure } from "./aggregate-view";
import { distributionStats } from "./distribution";
import { kishEffectiveSampleSize } from "./effective-sample";
import { meanMarginOfError, proportionMarginOfError } from "./margin-of-error";
import { rake } from "./raking";
import type { Weighted } from "./types";

/*
 * Weighting of panel results. A respondent's weight depends only on their cell (age group × sex,
 * district), so the weights are raked once per survey on the cube's respondent counts per cell,
 * and every weighted figure is Σ count × w(cell) over cube rows (the data layer sums them in SQL).
 * Only panel respondents with a known age group, sex and district whose categories have population
 * figures carry a weight; the weighted figures describe them, the unweighted ones everyone.
 */

/** Margin names as rake() sees them: the population_figures dimensions (lib/data/population-figures.ts). */
export const AGE_SEX_MARGIN = "age_group_sex";
export const DISTRICT_MARGIN = "district";

export type RespondentCell = { ageGroup: string; sex: string; district: string; count: number };
export type PopulationMargins = { ageSex: Record<string, number>; district: Record<string, number> };
export type CellWeight = RespondentCell & { weight: number };

export type RakedWeights = {
  /** The cells that carry a weight (relative to the mean weight 1). */
  cells: CellWeight[];
  respondents: number;
  effectiveN: number;
  iterations: number;
  converged: boolean;
  trimmed: number;
  minWeight: number;
  maxWeight: number;
};

export const ageSexCategory = (ageGroup: string, sex: string) => `${ageGroup}|${sex}`;

/**
 * Rakes the panel respondents' cells to the population margins with trimming. Cells with an
 * unknown attribute, or a category the figures do not have (e.g. sex "anders", which population
 * registers do not count), are left out. Null when no cell or no figures remain.
 */
export function rakeRespondentCells(
  cells: readonly RespondentCell[],
  population: PopulationMargins,
  trim: { low: number; high: number },
): RakedWeights | null {
  const usable = cells.filter(
    (c) =>
      c.count > 0 &&
      Object.hasOwn(population.ageSex, ageSexCategory(c.ageGroup, c.sex)) &&
      Object.hasOwn(population.district, c.district),
  );
  if (usable.length === 0) return null;
  const result = rake(
    usable.map((c) => ({
      categories: { [AGE_SEX_MARGIN]: ageSexCategory(c.ageGroup, c.sex), [DISTRICT_MARGIN]: c.district },
      count: c.count,
    })),
    [
      { variable: AGE_SEX_MARGIN, targets: population.ageSex },
      { variable: DISTRICT_MARGIN, targets: population.district },
    ],
    { trim },
  );
  const weighted = usable.map((c, i) => ({ ...c, weight: result.weights[i] as number }));
  const weights = weighted.map((c) => c.weight);
  return {
    cells: weighted,
    respondents: usable.reduce((sum, c) => sum + c.count, 0),
    effectiveN: kishEffectiveSampleSize(weighted),
    iterations: result.iterations,
    converged: result.converged,
    trimmed: result.trimmed,
    minWeight: Math.min(...weights),
    maxWeight: Math.max(...weights),
  };
}

/** Kish's effective sample size, (Σ c·w)² / Σ c·w², from a view's summed weights. */
export function effectiveSize(figure: ViewFigure): number {
  return figure.weightSquareSum > 0 ? figure.weightSum ** 2 / figure.weightSquareSum : 0;
}

/** The weighted share of `part` in `base`, in percent, with its 95% margin in percentage points. */
export function weightedPercent(part: ViewFigure, base: ViewFigure): Weighted {
  if (!(base.weightSum > 0)) return { value: null, marginOfError: null };
  const share = Math.min(1, Math.max(0, part.weightSum / base.weightSum));
  const margin = proportionMarginOfError(share, effectiveSize(base));
  return { value: share * 100, marginOfError: margin === null ? null : margin * 100 };
}

/** The weighted mean of numeric values with its 95% margin (same unit as the values). */
export function weightedMean(values: readonly { value: number; figure: ViewFigure }[]): Weighted {
  const stats = distributionStats(
    values
      .filter((v) => v.figure.weightedCount > 0)
      .map((v) => ({
        value: v.value,
        count: v.figure.weightedCount,
        weight: v.figure.weightSum / v.figure.weightedCount,
      })),
  );
  if (stats.mean === null) return { value: null, marginOfError: null };
  const base = values.reduce(
    (sum, v) => ({
      weightSum: sum.weightSum + v.figure.weightSum,
      weightSquareSum: sum.weightSquareSum + v.figure.weightSquareSum,
    }),
    { weightSum: 0, weightSquareSum: 0 },
  );
  const margin =
    stats.standardDeviation === null
      ? null
      : meanMarginOfError(stats.standardDeviation, effectiveSize({ ...base, count: 0, weightedCount: 0 }));
  return { value: stats.mean, marginOfError: margin };
}
