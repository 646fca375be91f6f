/*
 * Half-widths of 95% confidence intervals under the normal approximation, with the Kish effective
 * sample size in place of n so that weighting widens them. No finite-population correction: a
 * municipality's population is large next to a survey sample, and leaving it out errs on the wide side.
 */

/** The 0.975 quantile of the standard normal distribution, to six decimals. */
export const Z_95 = 1.959964;

/** z·√(p(1−p)/n_eff) for a proportion p in 0..1; null when n_eff < 1 (nothing to estimate from). */
export function proportionMarginOfError(proportion: number, effectiveN: number): number | null {
  if (!Number.isFinite(effectiveN) || effectiveN < 1) return null;
  if (!Number.isFinite(proportion) || proportion < 0 || proportion > 1) {
    throw new RangeError(`A proportion lies between 0 and 1, not ${proportion}.`);
  }
  return Z_95 * Math.sqrt((proportion * (1 - proportion)) / effectiveN);
}

/** z·s/√n_eff for a mean with standard deviation s; null when n_eff < 1. */
export function meanMarginOfError(standardDeviation: number, effectiveN: number): number | null {
  if (!Number.isFinite(effectiveN) || effectiveN < 1) return null;
  if (!Number.isFinite(standardDeviation) || standardDeviation < 0) {
    throw new RangeError(`A standard deviation is 0 or more, not ${standardDeviation}.`);
  }
  return (Z_95 * standardDeviation) / Math.sqrt(effectiveN);
}
