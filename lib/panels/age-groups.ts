/**
 * Age groups for breakdowns, sampling strata and weighting. Only the birth year is known (data
 * minimisation), so the age is the one reached in the current calendar year.
 */
export const AGE_GROUPS = ["12-17", "18-34", "35-49", "50-64", "65-79", "80+"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

const LOWER_BOUNDS: [number, AgeGroup][] = [
  [80, "80+"],
  [65, "65-79"],
  [50, "50-64"],
  [35, "35-49"],
  [18, "18-34"],
  [12, "12-17"],
];

export function ageInYear(birthYear: number, at: Date = new Date()): number {
  return at.getFullYear() - birthYear;
}

/** The age group of someone born in `birthYear`, or null below 12. */
export function ageGroupFor(birthYear: number, at: Date = new Date()): AgeGroup | null {
  const age = ageInYear(birthYear, at);
  for (const [lower, group] of LOWER_BOUNDS) if (age >= lower) return group;
  return null;
}
