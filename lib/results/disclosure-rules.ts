/*
 * The threshold rule of disclosure control and the test every published line of cells must pass.
 * A "line" is a set of cells whose total is published: the options of a question (total n), one
 * option across the groups of a breakdown (the option's overall count), one group (its size).
 *
 * What a reader is assumed to know, and what these rules protect against:
 * - a shown cell exactly; a published total exactly;
 * - a cell hidden because it is small (primary, shown as "< k") lies between 1 and k − 1: an empty
 *   cell is shown as 0, so a reader knows a "< k" is not 0;
 * - any other hidden cell (a complement, or a cell of a group with no breakdown) is 0 or more.
 * A line is exposed when subtracting what is shown from its total pins a hidden cell to one value.
 */

export const DEFAULT_MIN_CELL_SIZE = 5;
export const LOWEST_MIN_CELL_SIZE = 3;

/** The threshold k in force: the survey's setting, 5 when none is set, never below 3, whole. */
export function effectiveMinCellSize(k: number | null | undefined): number {
  if (k === null || k === undefined || !Number.isFinite(k)) return DEFAULT_MIN_CELL_SIZE;
  return Math.max(LOWEST_MIN_CELL_SIZE, Math.ceil(k));
}

/**
 * A cell of 1 to k − 1 people is hidden. An empty cell (0) is shown: it describes nobody.
 */
export function isPrimarySuppressed(count: number, k: number): boolean {
  return count > 0 && count < k;
}

/**
 * Whether a line with a published total lets a reader pin a hidden cell by subtraction:
 * - exactly one hidden cell (total − the shown cells = that cell);
 * - only "< k" cells hidden, and their sum (total − shown) is the number of them (all must be 1)
 *   or that number × (k − 1) (all must be k − 1).
 * Cells of the line are given as indexes into the shared arrays.
 */
export function lineIsExposed(
  line: readonly number[],
  counts: (index: number) => number,
  suppressed: (index: number) => boolean,
  primary: (index: number) => boolean,
  k: number,
): boolean {
  const hidden = line.filter((index) => suppressed(index));
  if (hidden.length === 0) return false;
  if (hidden.length === 1) return true;
  if (!hidden.every((index) => primary(index))) return false;
  const sum = hidden.reduce((total, index) => total + counts(index), 0);
  return sum === hidden.length || sum === hidden.length * (k - 1);
}

/**
 * The complement to hide next in a line: the smallest non-zero shown cell (an empty cell only when
 * no other is left), ties broken by `preferred` (e.g. a cell that also mends a crossing line), then
 * by position. Null when every cell of the line is hidden already.
 */
export function pickComplement(
  line: readonly number[],
  counts: (index: number) => number,
  suppressed: (index: number) => boolean,
  preferred: (index: number) => boolean = () => false,
): number | null {
  let best: number | null = null;
  const rank = (index: number): [number, number, number] => [
    counts(index) > 0 ? 0 : 1,
    counts(index),
    preferred(index) ? 0 : 1,
  ];
  for (const index of line) {
    if (suppressed(index)) continue;
    if (best === null || compareRanks(rank(index), rank(best)) < 0) best = index;
  }
  return best;
}

function compareRanks(a: [number, number, number], b: [number, number, number]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return 0;
}
