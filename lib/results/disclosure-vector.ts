/*
 * Suppression in one dimension: the options of one question, or the groups of one dimension.
 * See disclosure.ts for the whole of disclosure control.
 */

import { isPrimarySuppressed, lineIsExposed, pickComplement } from "./disclosure-rules";

/**
 * `primary`: hidden because the cell itself is small — shown as "< k" (false for a small cell whose
 * "< k" would itself give it away: it is then shown as hidden only).
 * `suppressed`: hidden for any reason (primary, complement, or the whole line is below k).
 */
export type SuppressionResult = { suppressed: boolean[]; primary: boolean[] };

/**
 * The options of one question (or the groups of one dimension), whose total may be published.
 * - Total 0: nothing to hide.
 * - Total 1 to k − 1: the question gets no breakdown at all: every cell hidden, none marked primary
 *   (a reader must not even learn which options are empty).
 * - Otherwise: primary cells hidden; when the total is published, complements (the smallest
 *   non-zero shown cell) are added until no hidden cell can be pinned by subtraction.
 */
export function suppressVector(
  counts: readonly number[],
  k: number,
  totalPublished: boolean,
): SuppressionResult {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total > 0 && total < k) {
    return { suppressed: counts.map(() => true), primary: counts.map(() => false) };
  }
  const primary = counts.map((count) => isPrimarySuppressed(count, k));
  const suppressed = [...primary];
  if (totalPublished) {
    const line = counts.map((_, index) => index);
    const countOf = (index: number) => counts[index] as number;
    const isSuppressed = (index: number) => suppressed[index] as boolean;
    const isPrimary = (index: number) => primary[index] as boolean;
    while (lineIsExposed(line, countOf, isSuppressed, isPrimary, k)) {
      const complement = pickComplement(line, countOf, isSuppressed);
      if (complement === null) {
        // Nothing left to hide ("< 3" and "< 3" in a total of 4 are both 2): drop the "< k" marks,
        // so the cells stay hidden without telling their range.
        primary.fill(false);
        break;
      }
      suppressed[complement] = true;
    }
  }
  return { suppressed, primary };
}

/**
 * Which groups of one dimension (districts, age groups, …) get no breakdown: those of 1 to k − 1
 * respondents, plus complements when the overall total is published (so a hidden group's size
 * cannot be found as the overall minus the others).
 */
export function suppressGroups(sizes: readonly number[], k: number, overallPublished: boolean): boolean[] {
  return suppressVector(sizes, k, overallPublished).suppressed;
}
