import { ageSpan, type WeightingClass } from "@/lib/results";

/** The words a page gives for the parts of a weighting category. */
export type WeightingClassWords = {
  /** A sex code ("vrouw") in words. */
  sex: (code: string) => string;
  /** Items joined as the page's language does: "Man en Vrouw". */
  list: (items: string[]) => string;
  /** An age span with its sexes: "12-34 jaar (Man)". */
  ageSex: (ages: string, sexes: string) => string;
};

/**
 * A raking category in words, for the staff weighting box and the public method section alike:
 * merged age groups as one span ("12-34"), their sexes, or the districts it joins.
 */
export function weightingClassLabel(category: WeightingClass, words: WeightingClassWords): string {
  if (category.margin === "district") return words.list(category.districts);
  return words.ageSex(ageSpan(category.ageGroups), words.list(category.sexes.map(words.sex)));
}
