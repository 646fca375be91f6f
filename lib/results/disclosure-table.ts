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
 * 4. Combinations: a hidden cell that several totals together would still give away (see
 *    disclosure-recoverable.ts) gets a further complement in one of its lines, until none does.
 * Row totals hidden elsewhere (the overall table's own suppression) are honoured: they stay hidden
 * and unrecoverable from the breakdown.
 */

import { type HiddenEdge, recoverableEdges } from "./disclosure-recoverable";
import { isPrimarySuppressed, lineIsExposed, pickComplement } from "./disclosure-rules";
import { suppressGroups } from "./disclosure-vector";

export type TableSuppression = {
  suppressed: boolean[][];
  /** Hidden because the cell itself is small — shown as "< k". False in a column with no breakdown. */
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
  const cellCount = rows * columns;
  // Index space: inner cells (i·columns + j), then row totals, then column totals.
  const rowTotalIndex = (i: number) => cellCount + i;
  const columnTotalIndex = (j: number) => cellCount + rows + j;
  const value: number[] = [
    ...counts.flat(),
    ...counts.map((row) => row.reduce((sum, count) => sum + count, 0)),
    ...columnSums,
  ];
  const primary: boolean[] = value.map(
    (count, index) => index < cellCount && !groupHidden[index % columns] && isPrimarySuppressed(count, k),
  );
  const hidden: boolean[] = value.map((_, index) => {
    if (index < cellCount) return (groupHidden[index % columns] as boolean) || (primary[index] as boolean);
    if (index < cellCount + rows) return !shownTotal(options.rowTotals, index - cellCount);
    const j = index - cellCount - rows;
    return (groupHidden[j] as boolean) || !shownTotal(options.columnTotals, j);
  });

  const rowRelation = options.rowTotals !== false;
  const columnRelation = options.columnTotals !== false;
  const lines: number[][] = [];
  if (rowRelation) {
    for (let i = 0; i < rows; i += 1) {
      lines.push([...Array.from({ length: columns }, (_, j) => i * columns + j), rowTotalIndex(i)]);
    }
  }
  if (columnRelation) {
    for (let j = 0; j < columns; j += 1) {
      lines.push([...Array.from({ length: rows }, (_, i) => i * columns + j), columnTotalIndex(j)]);
    }
  }

  const countOf = (index: number) => value[index] as number;
  const isHidden = (index: number) => hidden[index] as boolean;
  const isPrimary = (index: number) => primary[index] as boolean;
  // Complements are inner cells only: the totals belong to the overall figures, decided elsewhere.
  const isTotal = (index: number) => index >= cellCount;
  const exposed = (line: number[]) => lineIsExposed(line, countOf, isHidden, isPrimary, k);
  const linesOf = (index: number) => lines.filter((line) => line.includes(index));
  const hide = (candidates: number[], preferred: (index: number) => boolean): boolean => {
    const complement = pickComplement(
      candidates,
      countOf,
      (index) => isHidden(index) || isTotal(index),
      preferred,
    );
    if (complement === null) return false;
    hidden[complement] = true;
    return true;
  };

  const unfixable = new Set<number>();
  for (let guard = 0; guard <= cellCount; guard += 1) {
    let changed = false;
    for (const line of lines) {
      if (!exposed(line)) continue;
      if (hide(line, (index) => linesOf(index).some((other) => other !== line && exposed(other))))
        changed = true;
    }
    if (changed) continue;

    const recoverable = recoverableIndexes(rows, columns, hidden, rowRelation, columnRelation).filter(
      (index) => !unfixable.has(index),
    );
    const target = recoverable[0];
    if (target === undefined) break;
    const candidates = linesOf(target).flat();
    const mends = (candidate: number) => {
      hidden[candidate] = true;
      const still = recoverableIndexes(rows, columns, hidden, rowRelation, columnRelation).includes(target);
      hidden[candidate] = false;
      return !still;
    };
    if (!hide(candidates, mends)) unfixable.add(target);
  }

  const suppressed = counts.map((row, i) => row.map((_, j) => hidden[i * columns + j] as boolean));
  return {
    suppressed,
    primary: counts.map((row, i) => row.map((_, j) => primary[i * columns + j] as boolean)),
    suppressedRows: suppressed.map((row) => row.length > 0 && row.every(Boolean)),
    suppressedColumns: Array.from(
      { length: columns },
      (_, j) => (groupHidden[j] as boolean) || (rows > 0 && suppressed.every((row) => row[j])),
    ),
  };
}

function shownTotal(setting: boolean | readonly boolean[], index: number): boolean {
  return typeof setting === "boolean" ? setting : setting[index] === true;
}

/** Hidden entries (inner cells and totals) that the published figures determine exactly. */
function recoverableIndexes(
  rows: number,
  columns: number,
  hidden: readonly boolean[],
  rowRelation: boolean,
  columnRelation: boolean,
): number[] {
  // Nodes: rows 0..rows−1, columns, the row of column totals, the column of row totals, a free node.
  const columnNode = (j: number) => rows + j;
  const totalsRow = rows + columns;
  const totalsColumn = totalsRow + 1;
  const free = totalsColumn + 1;
  const rowNode = (i: number) => (rowRelation ? i : free);
  const colNode = (j: number) => (columnRelation ? columnNode(j) : free);
  // The totals add up to the published overall n only when both relations hold.
  const bothHold = rowRelation && columnRelation;
  const cellCount = rows * columns;
  const edges: HiddenEdge[] = [];
  const indexes: number[] = [];
  hidden.forEach((isHidden, index) => {
    if (!isHidden) return;
    if (index < cellCount) {
      edges.push({ from: rowNode(Math.floor(index / columns)), to: colNode(index % columns) });
    } else if (index < cellCount + rows) {
      if (!rowRelation) return;
      edges.push({ from: index - cellCount, to: bothHold ? totalsColumn : free });
    } else {
      if (!columnRelation) return;
      edges.push({ from: bothHold ? totalsRow : free, to: columnNode(index - cellCount - rows) });
    }
    indexes.push(index);
  });
  const recoverable = recoverableEdges(free + 1, edges);
  return indexes.filter((_, edge) => recoverable[edge]);
}
