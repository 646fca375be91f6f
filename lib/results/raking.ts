/*
 * Raking (iterative proportional fitting, Deming & Stephan 1940): weights that make the weighted
 * sample match known population margins, one variable at a time, repeated until every margin fits.
 * With trim bounds it is the usual trimmed-raking loop (as in Izrael, Battaglia & Frankel 2009,
 * "Extreme survey weight adjustment as a component of sample balancing"): rake, clip weights that
 * leave [low, high] × the mean weight, rake again, until the margins fit with every weight in bounds.
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
  /** Weight bounds relative to the mean weight 1, e.g. { low: 0.3, high: 3 }; none by default. */
  trim?: { low: number; high: number };
};
export type RakingResult = {
  /** Weight of each respondent in cells[i]; Σ count·weight = Σ count (mean weight 1). */
  weights: number[];
  /** Passes over all margins that were made. */
  iterations: number;
  /** False when maxIterations was reached before the margins fit (with trimming: and the bounds held). */
  converged: boolean;
  /** Respondents whose final weight sits on a trim bound (0 without trimming). */
  trimmed: number;
  /** Target categories no respondent falls in: dropped, the variable's other targets renormalised. */
  emptyCategories: { variable: string; category: string }[];
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
  const trim = options.trim;
  checkOptions(maxIterations, tolerance, trim);

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
    return { weights, iterations: 0, converged: true, trimmed: 0, emptyCategories };
  }

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    for (const margin of prepared) adjustToMargin(cells, weights, margin, n);
    const fits = prepared.every((margin) => largestShareDifference(cells, weights, margin, n) <= tolerance);
    const inBounds =
      !trim ||
      cells.every((cell, i) => cell.count === 0 || withinBounds(weights[i] as number, trim, tolerance));
    if (fits && inBounds) {
      converged = true;
      break;
    }
    if (trim) clip(cells, weights, trim, n);
  }

  normalise(cells, weights, n);
  const trimmed = trim
    ? cells.reduce(
        (total, cell, i) =>
          total + (cell.count > 0 && onBound(weights[i] as number, trim, tolerance) ? cell.count : 0),
        0,
      )
    : 0;
  return { weights, iterations, converged, trimmed, emptyCategories };
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

function adjustToMargin(cells: RakingCell[], weights: number[], margin: PreparedMargin, n: number): void {
  const totals = weightedTotals(cells, weights, margin);
  // A category whose weights all became 0 (a zero target elsewhere) cannot be scaled; it stays off target.
  const factors = totals.map((total, k) => (total > 0 ? ((margin.shares[k] as number) * n) / total : 1));
  for (let i = 0; i < cells.length; i += 1) {
    const k = margin.categoryOf[i] as number;
    if (k >= 0) weights[i] = (weights[i] as number) * (factors[k] as number);
  }
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

function meanWeight(cells: RakingCell[], weights: number[], n: number): number {
  return cells.reduce((total, cell, i) => total + cell.count * (weights[i] as number), 0) / n;
}

function withinBounds(weight: number, trim: { low: number; high: number }, tolerance: number): boolean {
  return weight >= trim.low * (1 - tolerance) && weight <= trim.high * (1 + tolerance);
}

function onBound(weight: number, trim: { low: number; high: number }, tolerance: number): boolean {
  return (
    Math.abs(weight - trim.high) <= trim.high * tolerance ||
    Math.abs(weight - trim.low) <= trim.low * tolerance
  );
}

function clip(cells: RakingCell[], weights: number[], trim: { low: number; high: number }, n: number): void {
  const mean = meanWeight(cells, weights, n);
  for (let i = 0; i < weights.length; i += 1) {
    weights[i] = Math.min(trim.high * mean, Math.max(trim.low * mean, weights[i] as number));
  }
}

function normalise(cells: RakingCell[], weights: number[], n: number): void {
  const mean = meanWeight(cells, weights, n);
  if (mean > 0) for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] as number) / mean;
}
