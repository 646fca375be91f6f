import type { PublishedCell, Suppression } from "./publication-types";

/*
 * Small pieces the publication builder shares: rounding, the reason a cell is hidden, whether a
 * sum of cells can be worked out from what is shown, and a published cell that never carries a
 * hidden number.
 */

/** One decimal: what the public page shows, and all a snapshot needs to hold. */
export function round1(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return Math.round(value * 10) / 10;
}

export function percentOf(count: number, base: number | null): number | null {
  if (base === null || base <= 0) return null;
  return round1((count / base) * 100);
}

/** The reason a cell is hidden, from the disclosure functions' two masks. */
export function reasonOf(suppressed: boolean, primary: boolean): Suppression {
  if (!suppressed) return false;
  return primary ? "small" : "complement";
}

/**
 * Whether the sum of the cells `subset` of a line with a published total can be worked out from
 * the shown cells: when all of them are shown, or all the others are (total − the others). Only
 * such a sum may be published (as a base "n" or the base of percentages): publishing any other
 * would add an equation that pins hidden cells.
 */
export function sumIsDerivable(mask: readonly Suppression[], subset: readonly number[]): boolean {
  const inSubset = new Set(subset);
  const all = (predicate: (index: number) => boolean) =>
    mask.every((_, index) => !predicate(index) || mask[index] === false);
  return all((index) => inSubset.has(index)) || all((index) => !inSubset.has(index));
}

export function sumOf(counts: readonly number[], subset: readonly number[]): number {
  return subset.reduce((total, index) => total + (counts[index] ?? 0), 0);
}

/** A cell as published: the count and its percentages, or nothing at all when hidden. */
export function publishedCell(
  count: number,
  suppressed: Suppression,
  base: number | null,
  weightedPercent?: number | null,
): PublishedCell {
  if (suppressed) {
    return weightedPercent === undefined
      ? { count: null, percent: null, suppressed }
      : { count: null, percent: null, weightedPercent: null, suppressed };
  }
  const cell: PublishedCell = { count, percent: percentOf(count, base), suppressed: false };
  if (weightedPercent !== undefined) cell.weightedPercent = round1(weightedPercent);
  return cell;
}
