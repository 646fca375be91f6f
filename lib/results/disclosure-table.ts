/*
 * Disclosure control for a breakdown: rows are the answer options (or scale points) of a question,
 * columns the groups of a dimension (districts, age groups, …), cells respondent counts.
 *
 * 1. Groups: a group smaller than k gets no breakdown at all (its whole column is hidden), and when
 *    exactly one group is hidden the next smallest is hidden too, because the overall figures are
 *    always published beside a breakdown (overall − the other groups would give the hidden one).
 * 2. Cells: every cell of 1 to k − 1 people is hidden (primary suppression).
 * 3. Lines: every row and every column whose total is published must not have exactly one hidden
 *    cell, nor only "< k" cells that add up to all-1s or all-(k − 1)s; otherwise the smallest non-zero
 *    shown cell of that line is hidden as well, until no line is exposed. This is the standard
 *    "no singleton suppression per marginal" heuristic of statistical disclosure control — not an
 *    optimal (linear-programming) choice of complements, so it may hide a little more than needed.
 * 4. Combinations: a hidden cell that several totals together would still give away exactly (see
 *    disclosure-recoverable.ts), or that a reader can pin by its range ("< k" is 1..k − 1, see
 *    disclosure-intervals.ts), gets a further complement in one of its lines, until none does.
 * Row totals hidden elsewhere (the overall table's own suppression) are honoured: they stay hidden
 * and unrecoverable from the breakdown.
 */

import { buildTable, pinnedIndexes, recoverableIndexes, type Table } from "./disclosure-exposure";
import { lineIsExposed, pickComplement } from "./disclosure-rules";
import { suppressGroups } from "./disclosure-vector";

export type TableSuppression = {
  suppressed: boolean[][];
  /**
   * Hidden because the cell itself is small — shown as "< k". False in a column with no breakdown,
   * and for a small cell whose "< k" would itself give it away (then it is shown as hidden only).
   */
  primary: boolean[][];
  /** Rows with every cell hidden. */
  suppressedRows: boolean[];
  /** Columns with every cell hidden: groups smaller than k (no breakdown at all) and their complements. */
  suppressedColumns: boolean[];
};

export type TableSuppressionOptions = {
  /**
   * Whether each row adds up to a published row total (the option's overall count).
   * true: yes, all shown; an array: yes, shown where true and hidden where false (hidden by the
   * overall table's suppression — it then stays unrecoverable); false: the rows do not add up to a
   * published figure (e.g. the groups leave respondents out), so they constrain nothing.
   * Shown totals must come from overall figures that had their own suppression (suppressVector):
   * a shown total below k cannot be protected by hiding cells.
   */
  rowTotals: boolean | readonly boolean[];
  /**
   * Whether each column adds up to a published column total (true, or per column as for rows).
   * False for multiple choice, whose options do not add up to the group size.
   */
  columnTotals: boolean | readonly boolean[];
  /** Group sizes for the group rule, when they differ from the column sums (multiple choice). */
  columnSizes?: readonly number[];
};

export function suppressTable(
  counts: readonly (readonly number[])[],
  k: number,
  options: TableSuppressionOptions,
): TableSuppression {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  if (counts.some((row) => row.length !== columns))
    throw new RangeError("Every row of the table needs as many cells.");
  const columnSums = Array.from({ length: columns }, (_, j) =>
    counts.reduce((sum, row) => sum + (row[j] as number), 0),
  );
  const sizes = options.columnSizes ?? columnSums;
  if (sizes.length !== columns) throw new RangeError("columnSizes needs one size per column.");

  const groupHidden = suppressGroups(sizes, k, true);
  const table = buildTable(counts, columnSums, groupHidden, k, options);
  const { cellCount, hidden } = table;
  const unfixable = new Set<number>();
  // Every round hides a cell, drops a "< k" mark or gives up on a figure: this bounds the rounds.
  const rounds = 3 * (cellCount + counts.length + columns) + 1;
  for (let round = 0; round < rounds; round += 1) {
    if (mendExposedLines(table, k)) continue;
    // A hidden 0 that can be worked out tells no more than a shown 0 would: nobody is in it.
    const matters = (index: number) => !unfixable.has(index) && (table.value[index] as number) > 0;
    const recoverable = recoverableIndexes(table).find(matters);
    if (recoverable !== undefined) {
      if (!mendFigure(table, recoverable, (t) => recoverableIndexes(t).includes(recoverable)))
        unfixable.add(recoverable);
      continue;
    }
    const pinned = [...pinnedIndexes(table, k)].find(matters);
    if (pinned === undefined) break;
    if (mendFigure(table, pinned, (t) => pinnedIndexes(t, k).has(pinned))) continue;
    if (
      !dropSmallMarks(
        table,
        table.lines.filter((line) => line.includes(pinned)),
      )
    )
      unfixable.add(pinned);
  }

  const suppressed = counts.map((row, i) => row.map((_, j) => hidden[i * columns + j] as boolean));
  return {
    suppressed,
    primary: counts.map((row, i) => row.map((_, j) => table.primary[i * columns + j] as boolean)),
    suppressedRows: suppressed.map((row) => row.length > 0 && row.every(Boolean)),
    suppressedColumns: Array.from(
      { length: columns },
      (_, j) => (groupHidden[j] as boolean) || (rows > 0 && suppressed.every((row) => row[j])),
    ),
  };
}

/** The singleton rule: hide a complement in every exposed line; true when anything was hidden. */
function mendExposedLines(table: Table, k: number): boolean {
  const countOf = (index: number) => table.value[index] as number;
  const isHidden = (index: number) => table.hidden[index] as boolean;
  const isPrimary = (index: number) => table.primary[index] as boolean;
  const exposed = (line: number[]) => lineIsExposed(line, countOf, isHidden, isPrimary, k);
  let changed = false;
  for (const line of table.lines) {
    if (!exposed(line)) continue;
    // Prefer a complement that also mends the line crossing it.
    const mendsAnother = (index: number) =>
      table.lines.some((other) => other !== line && other.includes(index) && exposed(other));
    const complement = pickComplement(
      line,
      countOf,
      (index) => isHidden(index) || index >= table.cellCount,
      mendsAnother,
    );
    if (complement !== null) {
      table.hidden[complement] = true;
      changed = true;
    } else if (dropSmallMarks(table, [line])) {
      changed = true;
    }
  }
  return changed;
}

/**
 * The last resort when a line has no shown cell left to hide: its small cells stay hidden but are
 * no longer marked "< k" (primary false), so a reader does not learn their range either — two
 * "< 3" cells in a row of 4 would otherwise both be 2. True when any mark was dropped.
 */
function dropSmallMarks(table: Table, lines: readonly number[][]): boolean {
  let dropped = false;
  for (const index of lines.flat()) {
    if (table.primary[index]) {
      table.primary[index] = false;
      dropped = true;
    }
  }
  return dropped;
}

/**
 * Hide one more cell in a line of `figure` so that `stillExposed` no longer holds for it: the
 * smallest non-zero shown cell that does so, else the smallest one at all (the next round looks
 * again). False when its lines have no shown cell left. Totals are never hidden here: they belong
 * to the overall figures, decided before the breakdown.
 */
function mendFigure(table: Table, figure: number, stillExposed: (table: Table) => boolean): boolean {
  const candidates = table.lines.filter((line) => line.includes(figure)).flat();
  const countOf = (index: number) => table.value[index] as number;
  const unavailable = (index: number) => (table.hidden[index] as boolean) || index >= table.cellCount;
  const mends = (index: number) => {
    table.hidden[index] = true;
    const still = stillExposed(table);
    table.hidden[index] = false;
    return !still;
  };
  const complement =
    pickComplement(candidates, countOf, (index) => unavailable(index) || !mends(index)) ??
    pickComplement(candidates, countOf, unavailable);
  if (complement === null) return false;
  table.hidden[complement] = true;
  return true;
}
