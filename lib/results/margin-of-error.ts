/*
 * 95% confidence intervals for survey figures, with the Kish effective sample size in place of n
 * so that weighting widens them. No finite-population correction: a municipality's population is
 * large next to a survey sample, and leaving it out errs on the wide side.
 *
 * Percentages get the Wilson score interval (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22), not the normal approximation p ± z·√(p(1−p)/n):
 * that one collapses to "± 0" at 0% and 100% and overshoots below 0 or above 100 for small n, while
 * the Wilson interval stays inside 0–1 and keeps its width at the extremes (Brown, Cai & DasGupta
 * 2001, "Interval estimation for a binomial proportion", Statistical Science 16, recommend it for
 * every n). Using n_eff for n in it is the usual adaptation to weighted data (Kish's design effect).
 */

/** The 0.975 quantile of the standard normal distribution, to six decimals. */
export const Z_95 = 1.959964;

/**
 * No margin is given below this effective sample size. Under about 30 the interval formulas lean
 * on approximations that no longer hold (a weighted n_eff is itself only an estimate, and a
 * standard deviation from a handful of answers is unstable); a margin there suggests a precision
 * the figure does not have. Staff see a warning beside such figures instead (components/results).
 */
export const MIN_EFFECTIVE_SAMPLE = 30;

/** Bounds of an interval, in the unit of the figure (0..1 for a proportion). */
export type Interval = { low: number; high: number };

/** Whether a figure resting on this (effective) number of respondents may carry a margin. */
export function hasMarginAt(effectiveN: number): boolean {
  return Number.isFinite(effectiveN) && effectiveN >= MIN_EFFECTIVE_SAMPLE;
}

/**
 * The Wilson score interval of a proportion p (0..1) at effective sample size n:
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n). Null below MIN_EFFECTIVE_SAMPLE.
 */
export function proportionInterval(proportion: number, effectiveN: number): Interval | null {
  if (!Number.isFinite(proportion) || proportion < 0 || proportion > 1) {
    throw new RangeError(`A proportion lies between 0 and 1, not ${proportion}.`);
  }
  if (!hasMarginAt(effectiveN)) return null;
  const z2 = Z_95 * Z_95;
  const n = effectiveN;
  const centre = (proportion + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z_95 / (1 + z2 / n)) * Math.sqrt((proportion * (1 - proportion)) / n + z2 / (4 * n * n));
  // Clamped only against rounding: the exact bounds lie within 0..1.
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The typical margin of a percentage: half the width of the Wilson interval at 50%, where it is
 * widest, as a proportion (0.096 = 9.6 percentage points at n_eff 100). Null below MIN_EFFECTIVE_SAMPLE.
 */
export function typicalMarginOfError(effectiveN: number): number | null {
  const interval = proportionInterval(0.5, effectiveN);
  return interval === null ? null : (interval.high - interval.low) / 2;
}

/** z·s/√n_eff for a mean with standard deviation s; null below MIN_EFFECTIVE_SAMPLE. */
export function meanMarginOfError(standardDeviation: number, effectiveN: number): number | null {
  if (!Number.isFinite(standardDeviation) || standardDeviation < 0) {
    throw new RangeError(`A standard deviation is 0 or more, not ${standardDeviation}.`);
  }
  if (!hasMarginAt(effectiveN)) return null;
  return (Z_95 * standardDeviation) / Math.sqrt(effectiveN);
}
