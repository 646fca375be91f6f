/*
 * Mean, median and standard deviation of a numeric answer (a 0–10 rating, a number) from its value
 * counts, weighted or not. The cube stores counts per value, so these never need the raw answers.
 */

/** `count` respondents gave `value`; each has weight `weight` (default 1). */
export type ValueCount = { value: number; count: number; weight?: number };

export type DistributionStats = {
  /** Respondents (Σ count). */
  n: number;
  /** Σ count·weight; equals n when no weights are given. */
  weightedN: number;
  mean: number | null;
  median: number | null;
  /** Sample standard deviation (see below); null for fewer than two respondents. */
  standardDeviation: number | null;
};

/** Relative slack when asking whether the cumulative weight sits exactly on the half. */
const HALF_TOLERANCE = 1e-12;

/**
 * Median: the (weighted) 50% point — the smallest value whose cumulative weight reaches half the
 * total; when the cumulative weight lands exactly on the half, the mean of that value and the next
 * one. Unweighted, that is the textbook median (the mean of the two middle values for an even n).
 *
 * Standard deviation: √( Σ c·w·(x − mean)² / Σ c·w · n/(n − 1) ). With equal weights that is the usual
 * sample standard deviation (dividing by n − 1); with weights it does not depend on their scale.
 */
export function distributionStats(values: readonly ValueCount[]): DistributionStats {
  const entries = values
    .map(({ value, count, weight }) => {
      const w = weight ?? 1;
      if (!Number.isFinite(value)) throw new RangeError(`A value must be a finite number, not ${value}.`);
      if (!(count >= 0) || !(w >= 0) || !Number.isFinite(count) || !Number.isFinite(w)) {
        throw new RangeError(
          `Counts and weights are 0 or more (value ${value}: count ${count}, weight ${w}).`,
        );
      }
      return { value, count, mass: count * w };
    })
    .filter((entry) => entry.count > 0)
    .sort((a, b) => a.value - b.value);

  const n = entries.reduce((total, entry) => total + entry.count, 0);
  const weightedN = entries.reduce((total, entry) => total + entry.mass, 0);
  if (weightedN <= 0) return { n, weightedN, mean: null, median: null, standardDeviation: null };

  const mean = entries.reduce((total, entry) => total + entry.mass * entry.value, 0) / weightedN;
  const squares = entries.reduce((total, entry) => total + entry.mass * (entry.value - mean) ** 2, 0);
  const standardDeviation = n >= 2 ? Math.sqrt((squares / weightedN) * (n / (n - 1))) : null;
  return { n, weightedN, mean, median: weightedMedian(entries, weightedN), standardDeviation };
}

function weightedMedian(sorted: readonly { value: number; mass: number }[], total: number): number | null {
  const half = total / 2;
  let cumulative = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const entry = sorted[i] as { value: number; mass: number };
    if (entry.mass <= 0) continue;
    cumulative += entry.mass;
    if (Math.abs(cumulative - half) <= HALF_TOLERANCE * total) {
      const next = sorted.slice(i + 1).find((later) => later.mass > 0);
      return next ? (entry.value + next.value) / 2 : entry.value;
    }
    if (cumulative > half) return entry.value;
  }
  return null;
}
