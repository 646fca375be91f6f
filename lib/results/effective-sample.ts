/*
 * Kish's effective sample size and design effect of weighting (Kish 1965, Survey Sampling, §11.7):
 * how many unweighted respondents a weighted sample is worth when estimating a proportion or mean.
 * Groups are respondents who share one weight (a raking cell), so a caller need not expand them.
 */

export type WeightGroup = { weight: number; count: number };

/** (Σ c·w)² / Σ c·w²; 0 for no respondents (or only zero weights). Equal weights give n itself. */
export function kishEffectiveSampleSize(groups: readonly WeightGroup[]): number {
  let sum = 0;
  let sumOfSquares = 0;
  for (const { weight, count } of groups) {
    if (count <= 0) continue;
    sum += count * weight;
    sumOfSquares += count * weight * weight;
  }
  return sumOfSquares > 0 ? (sum * sum) / sumOfSquares : 0;
}

/**
 * The design effect of the weights, n / n_eff = n·Σ c·w² / (Σ c·w)² (1 for equal weights, more when
 * weights vary). 1 for no respondents, so multiplying a variance by it never makes one up.
 */
export function designEffect(groups: readonly WeightGroup[]): number {
  const n = groups.reduce((total, group) => total + Math.max(group.count, 0), 0);
  const effective = kishEffectiveSampleSize(groups);
  return effective > 0 ? n / effective : 1;
}
