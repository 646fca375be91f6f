import type { ViewFigure } from "./aggregate-view";
import { distributionStats } from "./distribution";
import { kishEffectiveSampleSize } from "./effective-sample";
import { meanMarginOfError, proportionInterval } from "./margin-of-error";
import { rake } from "./raking";
import type { Weighted, Weighting, WeightingClass, WeightingMerge } from "./types";
import { collapseAgeSex, collapseDistricts, MIN_CATEGORY_RESPONDENTS } from "./weighting-classes";

/*
 * Weighting of panel results. A respondent's weight depends only on their cell (age group × sex,
 * district), so the weights are raked once per survey on the cube's respondent counts per cell,
 * and every weighted figure is Σ count × w(cell) over cube rows (the data layer sums them in SQL).
 * Only panel respondents with a known age group, sex and district whose categories have population
 * figures carry a weight, so the weighted figures describe them alone; each weighted figure carries
 * the same figure unweighted over those respondents, for a comparison on the same people.
 */

/** Margin names as rake() sees them: the population_figures dimensions (lib/fieldwork/data/population-figures.ts). */
export const AGE_SEX_MARGIN = "age_group_sex";
export const DISTRICT_MARGIN = "district";

/**
 * The margins count as met when no category's weighted share is more than this many percentage
 * points from its population share. Half a point is well below the margin of error of any panel
 * figure, so a difference under it cannot change a conclusion; a larger one means the trim bounds
 * kept the weights from correcting the sample, and the public page says so.
 */
export const MARGIN_TOLERANCE_POINTS = 0.5;

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
} & Pick<
  Weighting,
  "trim" | "minimumCategorySize" | "merged" | "marginsMet" | "marginTolerance" | "largestDifference"
>;

export const ageSexCategory = (ageGroup: string, sex: string) => `${ageGroup}|${sex}`;

/**
 * Rakes the panel respondents' cells to the population margins with trimming, after merging margin
 * categories with fewer than `minimumCategorySize` respondents (weighting-classes.ts). Cells with an
 * unknown attribute, or a category the figures do not have (e.g. sex "anders", which population
 * registers do not count), are left out. Null when no cell or no figures remain.
 */
export function rakeRespondentCells(
  cells: readonly RespondentCell[],
  population: PopulationMargins,
  trim: { low: number; high: number },
  minimumCategorySize: number = MIN_CATEGORY_RESPONDENTS,
): RakedWeights | null {
  const usable = cells.filter(
    (c) =>
      c.count > 0 &&
      Object.hasOwn(population.ageSex, ageSexCategory(c.ageGroup, c.sex)) &&
      Object.hasOwn(population.district, c.district),
  );
  if (usable.length === 0) return null;
  const ageSex = collapseAgeSex(
    countsBy(usable, (c) => ageSexCategory(c.ageGroup, c.sex)),
    population.ageSex,
    minimumCategorySize,
  );
  const district = collapseDistricts(
    countsBy(usable, (c) => c.district),
    population.district,
    minimumCategorySize,
  );
  const result = rake(
    usable.map((c) => ({
      categories: {
        [AGE_SEX_MARGIN]: ageSex.classOf.get(ageSexCategory(c.ageGroup, c.sex)) as string,
        [DISTRICT_MARGIN]: district.classOf.get(c.district) as string,
      },
      count: c.count,
    })),
    [
      { variable: AGE_SEX_MARGIN, targets: ageSex.targets },
      { variable: DISTRICT_MARGIN, targets: district.targets },
    ],
    { trim },
  );
  const weighted = usable.map((c, i) => ({ ...c, weight: result.weights[i] as number }));
  const weights = weighted.map((c) => c.weight);
  const gap = result.largestDifference;
  const largestDifference = gap
    ? {
        category: (gap.variable === AGE_SEX_MARGIN ? ageSex : district).classes.get(
          gap.category,
        ) as WeightingClass,
        weightedPercent: gap.weightedShare * 100,
        populationPercent: gap.targetShare * 100,
      }
    : null;
  const merged: WeightingMerge[] = [...ageSex.merges, ...district.merges];
  return {
    cells: weighted,
    respondents: usable.reduce((sum, c) => sum + c.count, 0),
    effectiveN: kishEffectiveSampleSize(weighted),
    iterations: result.iterations,
    converged: result.converged,
    trimmed: result.trimmed,
    minWeight: Math.min(...weights),
    maxWeight: Math.max(...weights),
    trim,
    minimumCategorySize,
    merged,
    marginsMet:
      largestDifference === null ||
      Math.abs(largestDifference.weightedPercent - largestDifference.populationPercent) <=
        MARGIN_TOLERANCE_POINTS,
    marginTolerance: MARGIN_TOLERANCE_POINTS,
    largestDifference,
  };
}

function countsBy(
  cells: readonly RespondentCell[],
  key: (cell: RespondentCell) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cell of cells) counts.set(key(cell), (counts.get(key(cell)) ?? 0) + cell.count);
  return counts;
}

/** Kish's effective sample size, (Σ c·w)² / Σ c·w², from a view's summed weights. */
export function effectiveSize(figure: ViewFigure): number {
  return figure.weightSquareSum > 0 ? figure.weightSum ** 2 / figure.weightSquareSum : 0;
}

/**
 * The weighted share of `part` in `base`, in percent, with its 95% Wilson interval (none below an
 * effective n of 30) and the unweighted share over the same weighted respondents.
 */
export function weightedPercent(part: ViewFigure, base: ViewFigure): Weighted {
  const unweighted = base.weightedCount > 0 ? (part.weightedCount / base.weightedCount) * 100 : null;
  const effectiveN = effectiveSize(base);
  if (!(base.weightSum > 0))
    return { value: null, marginOfError: null, interval: null, unweighted, effectiveN };
  const share = Math.min(1, Math.max(0, part.weightSum / base.weightSum));
  const interval = proportionInterval(share, effectiveN);
  return {
    value: share * 100,
    marginOfError: interval === null ? null : ((interval.high - interval.low) / 2) * 100,
    interval: interval === null ? null : { low: interval.low * 100, high: interval.high * 100 },
    unweighted,
    effectiveN,
  };
}

/**
 * The weighted mean of numeric values with its 95% margin (same unit as the values; none below
 * an effective n of 30), and the unweighted mean over the same weighted respondents.
 */
export function weightedMean(values: readonly { value: number; figure: ViewFigure }[]): Weighted {
  const carried = values.filter((v) => v.figure.weightedCount > 0);
  const stats = distributionStats(
    carried.map((v) => ({
      value: v.value,
      count: v.figure.weightedCount,
      weight: v.figure.weightSum / v.figure.weightedCount,
    })),
  );
  const unweighted = distributionStats(
    carried.map((v) => ({ value: v.value, count: v.figure.weightedCount })),
  ).mean;
  const base = values.reduce(
    (sum, v) => ({
      weightSum: sum.weightSum + v.figure.weightSum,
      weightSquareSum: sum.weightSquareSum + v.figure.weightSquareSum,
    }),
    { weightSum: 0, weightSquareSum: 0 },
  );
  const effectiveN = effectiveSize({ ...base, count: 0, weightedCount: 0 });
  if (stats.mean === null)
    return { value: null, marginOfError: null, interval: null, unweighted, effectiveN };
  const margin =
    stats.standardDeviation === null ? null : meanMarginOfError(stats.standardDeviation, effectiveN);
  return {
    value: stats.mean,
    marginOfError: margin,
    interval: margin === null ? null : { low: stats.mean - margin, high: stats.mean + margin },
    unweighted,
    effectiveN,
  };
}
