/*
 * Raking (iterative proportional fitting, Deming & Stephan 1940): weights that make the weighted
 * sample match known population margins, one variable at a time, repeated until every margin fits.
 * With trim bounds, every raking step itself respects them: a category's weights are scaled by the
 * one factor that meets its target once each weight is clipped to [low, high] (bounded raking, as in
 * the truncated method of Deville, Särndal & Sautory 1993, "Generalized raking procedures in survey
 * sampling", JASA 88). Passes repeat until every margin fits. This reaches the same kind of answer
 * as the common loop "rake, clip, rake again" (Izrael, Battaglia & Frankel 2009, "Extreme survey
 * weight adjustment as a component of sample balancing") in far fewer passes — that loop needed
 * about a hundred on a small sample here — and the bounds hold after every pass, not only at the end.
 *
 * Respondents are grouped in cells of identical categories (a respondent's weight depends only on
 * their categories), so the work is per cell, not per respondent.
 */

/** `count` respondents in one sample cell, e.g. { ageSex: "35-49|vrouw", district: "Centrum" }. */
export type RakingCell = { categories: Record<string, string>; count: number };
/** Population counts per category of one variable (any scale: they are normalised to shares). */
export type RakingMargin = { variable: string; targets: Record<string, number> };
export type RakingOptions = {
  /** Passes over all margins (default 100). */
  maxIterations?: number;
  /** Largest allowed |weighted share − target share| in any category (default 1e-6). */
  tolerance?: number;
  /** Weight bounds relative to the mean weight 1, e.g. { low: 0.3, high: 3 }; none by default. 0 ≤ low ≤ 1 ≤ high. */
  trim?: { low: number; high: number };
};
export type RakingResult = {
  /** Weight of each respondent in cells[i]; Σ count·weight = Σ count (mean weight 1). */
  weights: number[];
  /** Passes over all margins that were made. */
  iterations: number;
  /**
   * False when maxIterations was reached before the margins fit (also when the bounds make them
   * impossible to meet). When true, every weight lies within the trim bounds.
   */
  converged: boolean;
  /** Respondents whose final weight sits on a trim bound (0 without trimming). */
  trimmed: number;
  /** Target categories no respondent falls in: dropped, the variable's other targets renormalised. */
  emptyCategories: { variable: string; category: string }[];
  /**
   * The category whose final weighted share lies furthest from its population share (against the
   * margin's full targets, so a dropped empty category counts with weighted share 0). Whether the
   * margins were met is a judgement on this number with a tolerance the caller chooses; `converged`
   * only says whether the loop reached its own, much finer, tolerance. Null without respondents or margins.
   */
  largestDifference: MarginDifference | null;
};

/** One margin category's weighted sample share beside its population share (both 0..1). */
export type MarginDifference = {
  variable: string;
  category: string;
  weightedShare: number;
  targetShare: number;
};

/** A caller's mistake in the input (not a failure to converge, which `converged` reports). */
export class RakingError extends Error {
  override name = "RakingError";
}

const DEFAULT_MAX_ITERATIONS = 100;
const DEFAULT_TOLERANCE = 1e-6;

type PreparedMargin = {
  variable: string;
  /** Per cell, the index of its category in `shares`. */
  categoryOf: number[];
  /** Target share per category with respondents (sums to 1). */
  shares: number[];
};

export function rake(
  cells: RakingCell[],
  margins: RakingMargin[],
  options: RakingOptions = {},
): RakingResult {
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const bounds = options.trim ?? { low: 0, high: Infinity };
  checkOptions(maxIterations, tolerance, options.trim);

  for (const [i, cell] of cells.entries()) {
    if (!Number.isFinite(cell.count) || cell.count < 0) {
      throw new RakingError(
        `Cell ${i} has count ${cell.count}; a count is a number of respondents, 0 or more.`,
      );
    }
  }
  const n = cells.reduce((total, cell) => total + cell.count, 0);
  const emptyCategories: RakingResult["emptyCategories"] = [];
  const prepared = prepareMargins(cells, margins, n, emptyCategories);
  const weights = cells.map(() => 1);
  if (n === 0 || prepared.length === 0) {
    return { weights, iterations: 0, converged: true, trimmed: 0, emptyCategories, largestDifference: null };
  }

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    for (const margin of prepared) adjustToMargin(cells, weights, margin, n, bounds);
    if (prepared.every((margin) => largestShareDifference(cells, weights, margin, n) <= tolerance)) {
      converged = true;
      break;
    }
  }

  // Counted before the rescaling below, which can move a weight just off its bound when the
  // bounds kept a margin out of reach (not converged).
  const trimmed = options.trim
    ? cells.reduce((total, cell, i) => total + (onBound(weights[i] as number, bounds) ? cell.count : 0), 0)
    : 0;
  // Each step meets its margin exactly, so Σ count·weight is already n; this only removes rounding
  // (or, when the bounds made a margin unreachable, restores the mean weight 1).
  const mean = cells.reduce((total, cell, i) => total + cell.count * (weights[i] as number), 0) / n;
  if (mean > 0 && Math.abs(mean - 1) > 1e-12)
    for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] as number) / mean;
  const largestDifference = largestMarginDifference(cells, weights, margins);
  return { weights, iterations, converged, trimmed, emptyCategories, largestDifference };
}

/**
 * Over every category of every margin: the one whose weighted share (Σ count·w of its cells over
 * Σ count·w) differs most from its share of the margin's population total. Null when nothing is
 * weighted or no margin has a positive total.
 */
export function largestMarginDifference(
  cells: readonly RakingCell[],
  weights: readonly number[],
  margins: readonly RakingMargin[],
): MarginDifference | null {
  const all = cells.reduce((sum, cell, i) => sum + cell.count * (weights[i] as number), 0);
  if (!(all > 0)) return null;
  let largest: MarginDifference | null = null;
  for (const { variable, targets } of margins) {
    const targetTotal = Object.values(targets).reduce((sum, t) => sum + t, 0);
    if (!(targetTotal > 0)) continue;
    const weighted = new Map<string, number>();
    cells.forEach((cell, i) => {
      const category = cell.categories[variable] as string;
      weighted.set(category, (weighted.get(category) ?? 0) + cell.count * (weights[i] as number));
    });
    for (const [category, target] of Object.entries(targets)) {
      const difference = {
        variable,
        category,
        weightedShare: (weighted.get(category) ?? 0) / all,
        targetShare: target / targetTotal,
      };
      const size = Math.abs(difference.weightedShare - difference.targetShare);
      if (largest === null || size > Math.abs(largest.weightedShare - largest.targetShare))
        largest = difference;
    }
  }
  return largest;
}

function checkOptions(maxIterations: number, tolerance: number, trim: RakingOptions["trim"]): void {
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RakingError(`maxIterations must be a whole number of at least 1, not ${maxIterations}.`);
  }
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new RakingError(`tolerance must be a positive number, not ${tolerance}.`);
  }
  if (trim && !(trim.low >= 0 && trim.low <= 1 && trim.high >= 1 && Number.isFinite(trim.high))) {
    throw new RakingError(
      `Trim bounds are relative to the mean weight 1: 0 ≤ low ≤ 1 ≤ high; got low ${trim.low}, high ${trim.high}.`,
    );
  }
}

function prepareMargins(
  cells: RakingCell[],
  margins: RakingMargin[],
  n: number,
  emptyCategories: RakingResult["emptyCategories"],
): PreparedMargin[] {
  const seen = new Set<string>();
  return margins.map(({ variable, targets }) => {
    if (seen.has(variable)) throw new RakingError(`The margin for "${variable}" is given twice.`);
    seen.add(variable);
    const categories = Object.keys(targets);
    for (const category of categories) {
      const target = targets[category] as number;
      if (!Number.isFinite(target) || target < 0) {
        throw new RakingError(
          `The population figure for "${variable}" = "${category}" is ${target}; it must be 0 or more.`,
        );
      }
    }
    const sampleCounts = new Map<string, number>(categories.map((category) => [category, 0]));
    for (const [i, cell] of cells.entries()) {
      const category = cell.categories[variable];
      if (category === undefined || !sampleCounts.has(category)) {
        throw new RakingError(
          category === undefined
            ? `Cell ${i} has no category for "${variable}"; leave such respondents out before raking.`
            : `Cell ${i} has "${variable}" = "${category}", which the population figures for "${variable}" do not have; leave such respondents out before raking.`,
        );
      }
      sampleCounts.set(category, (sampleCounts.get(category) as number) + cell.count);
    }
    const kept = categories.filter((category) => (sampleCounts.get(category) as number) > 0);
    for (const category of categories) {
      if (!kept.includes(category)) emptyCategories.push({ variable, category });
    }
    const keptTotal = kept.reduce((total, category) => total + (targets[category] as number), 0);
    if (n > 0 && keptTotal <= 0) {
      throw new RakingError(
        `The population figures for "${variable}" are 0 for every category that has respondents.`,
      );
    }
    const index = new Map(kept.map((category, k) => [category, k]));
    return {
      variable,
      // A cell with no respondents may sit in a dropped category; it gets index −1 and keeps its weight.
      categoryOf: cells.map((cell) => index.get(cell.categories[variable] as string) ?? -1),
      shares: kept.map((category) => (targets[category] as number) / keptTotal),
    };
  });
}

function weightedTotals(cells: RakingCell[], weights: number[], margin: PreparedMargin): number[] {
  const totals = margin.shares.map(() => 0);
  for (const [i, cell] of cells.entries()) {
    const k = margin.categoryOf[i] as number;
    if (k >= 0) totals[k] = (totals[k] as number) + cell.count * (weights[i] as number);
  }
  return totals;
}

type Bounds = { low: number; high: number };

/**
 * Scale the weights of each category of one margin so that its weighted total meets the target:
 * by target/total without bounds; with bounds, by the one factor f for which Σ count·clip(w·f)
 * meets it (found by bisection: the sum only grows with f). A target the bounds cannot reach leaves
 * the category at the nearest bound.
 */
function adjustToMargin(
  cells: RakingCell[],
  weights: number[],
  margin: PreparedMargin,
  n: number,
  bounds: Bounds,
): void {
  const members: number[][] = margin.shares.map(() => []);
  margin.categoryOf.forEach((k, i) => {
    if (k >= 0) members[k]?.push(i);
  });
  members.forEach((indexes, k) => {
    const target = (margin.shares[k] as number) * n;
    const factor = boundedFactor(
      indexes.map((i) => (cells[i] as RakingCell).count),
      indexes.map((i) => weights[i] as number),
      target,
      bounds,
    );
    // A category whose weights are all 0 (a zero target elsewhere) cannot be scaled; it stays off target.
    if (factor === null) return;
    for (const i of indexes) weights[i] = clip((weights[i] as number) * factor, bounds);
  });
}

function boundedFactor(counts: number[], weights: number[], target: number, bounds: Bounds): number | null {
  const total = (f: number) =>
    counts.reduce((sum, count, j) => sum + count * clip((weights[j] as number) * f, bounds), 0);
  const plain = counts.reduce((sum, count, j) => sum + count * (weights[j] as number), 0);
  if (plain <= 0) return null;
  let f = target / plain;
  if (bounds.low === 0 && bounds.high === Infinity) return f;
  const positive = weights.filter((w) => w > 0);
  let low = Math.min(...positive.map((w) => bounds.low / w));
  let high = Math.max(...positive.map((w) => bounds.high / w));
  if (total(high) <= target) return high;
  if (total(low) >= target) return low;
  for (let step = 0; step < 200 && high - low > 1e-15 * high; step += 1) {
    f = (low + high) / 2;
    if (total(f) < target) low = f;
    else high = f;
  }
  return (low + high) / 2;
}

function clip(weight: number, bounds: Bounds): number {
  return Math.min(bounds.high, Math.max(bounds.low, weight));
}

function largestShareDifference(
  cells: RakingCell[],
  weights: number[],
  margin: PreparedMargin,
  n: number,
): number {
  const totals = weightedTotals(cells, weights, margin);
  return Math.max(...totals.map((total, k) => Math.abs(total / n - (margin.shares[k] as number))));
}

/** On a trim bound, up to rounding. */
function onBound(weight: number, bounds: Bounds): boolean {
  const near = (bound: number) => Math.abs(weight - bound) <= 1e-9 * Math.max(bound, 1e-9);
  return near(bounds.high) || (bounds.low > 0 && near(bounds.low));
}
