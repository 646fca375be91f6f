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

import { type LinearLine, pinnedByRanges, type Range } from "./disclosure-intervals";
import { type HiddenEdge, recoverableEdges } from "./disclosure-recoverable";
import { isPrimarySuppressed, lineIsExposed, pickComplement } from "./disclosure-rules";
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
  for (let guard = 0; guard <= cellCount; guard += 1) {
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

/**
 * The table with its margins in one index space: inner cells (i·columns + j), then the row
 * totals, then the column totals. Lines hold a row's cells and its total, or a column's.
 */
type Table = {
  rows: number;
  columns: number;
  cellCount: number;
  value: number[];
  hidden: boolean[];
  primary: boolean[];
  rowRelation: boolean;
  columnRelation: boolean;
  lines: number[][];
};

function buildTable(
  counts: readonly (readonly number[])[],
  columnSums: number[],
  groupHidden: boolean[],
  k: number,
  options: TableSuppressionOptions,
): Table {
  const rows = counts.length;
  const columns = columnSums.length;
  const cellCount = rows * columns;
  const value = [
    ...counts.flat(),
    ...counts.map((row) => row.reduce((sum, count) => sum + count, 0)),
    ...columnSums,
  ];
  const primary = value.map(
    (count, index) => index < cellCount && !groupHidden[index % columns] && isPrimarySuppressed(count, k),
  );
  const hidden = value.map((_, index) => {
    if (index < cellCount) return (groupHidden[index % columns] as boolean) || (primary[index] as boolean);
    if (index < cellCount + rows) return !shownTotal(options.rowTotals, index - cellCount);
    const j = index - cellCount - rows;
    return (groupHidden[j] as boolean) || !shownTotal(options.columnTotals, j);
  });
  const rowRelation = options.rowTotals !== false;
  const columnRelation = options.columnTotals !== false;
  const lines: number[][] = [];
  for (let i = 0; rowRelation && i < rows; i += 1) {
    lines.push([...Array.from({ length: columns }, (_, j) => i * columns + j), cellCount + i]);
  }
  for (let j = 0; columnRelation && j < columns; j += 1) {
    lines.push([...Array.from({ length: rows }, (_, i) => i * columns + j), cellCount + rows + j]);
  }
  return { rows, columns, cellCount, value, hidden, primary, rowRelation, columnRelation, lines };
}

function shownTotal(setting: boolean | readonly boolean[], index: number): boolean {
  return typeof setting === "boolean" ? setting : setting[index] === true;
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

/** Hidden entries (inner cells and totals) that the published figures determine exactly. */
function recoverableIndexes(table: Table): number[] {
  const { rows, columns, cellCount, hidden, rowRelation, columnRelation } = table;
  // Nodes: rows, columns, the row of column totals, the column of row totals, a free node.
  const totalsRow = rows + columns;
  const totalsColumn = totalsRow + 1;
  const free = totalsColumn + 1;
  const rowNode = (i: number) => (rowRelation ? i : free);
  const columnNode = (j: number) => (columnRelation ? rows + j : free);
  // The totals add up to the published overall n only when both relations hold.
  const bothHold = rowRelation && columnRelation;
  const edges: HiddenEdge[] = [];
  const indexes: number[] = [];
  hidden.forEach((isHidden, index) => {
    if (!isHidden) return;
    if (index < cellCount) {
      edges.push({ from: rowNode(Math.floor(index / columns)), to: columnNode(index % columns) });
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

/**
 * Hidden entries a reader can pin by their ranges. A "< k" cell is 1..k − 1; a hidden total that is
 * small is taken to be shown as "< k" too (the strictest reading); anything else hidden is 0 or more.
 */
function pinnedIndexes(table: Table, k: number): Set<number> {
  const { rows, columns, cellCount, value, hidden, primary, rowRelation, columnRelation } = table;
  const ranges = new Map<number, Range>();
  hidden.forEach((isHidden, index) => {
    if (!isHidden) return;
    const small =
      index < cellCount ? (primary[index] as boolean) : isPrimarySuppressed(value[index] as number, k);
    ranges.set(index, small ? { low: 1, high: k - 1 } : { low: 0, high: Infinity });
  });
  const toLine = (entries: { index: number; sign: 1 | -1 }[], known: number): LinearLine => {
    const line: LinearLine = { terms: [], constant: known };
    for (const { index, sign } of entries) {
      if (hidden[index]) line.terms.push({ index, sign });
      else line.constant -= sign * (value[index] as number);
    }
    return line;
  };
  const lines: LinearLine[] = [];
  // Σ cells − total = 0 for every row and column whose relation holds.
  for (const line of table.lines) {
    const total = line[line.length - 1] as number;
    lines.push(
      toLine(
        [...line.slice(0, -1).map((index) => ({ index, sign: 1 as const })), { index: total, sign: -1 }],
        0,
      ),
    );
  }
  if (rowRelation && columnRelation) {
    const grand = value.slice(0, cellCount).reduce((sum, count) => sum + count, 0);
    const rowTotals = Array.from({ length: rows }, (_, i) => ({ index: cellCount + i, sign: 1 as const }));
    const columnTotals = Array.from({ length: columns }, (_, j) => ({
      index: cellCount + rows + j,
      sign: 1 as const,
    }));
    lines.push(toLine(rowTotals, grand), toLine(columnTotals, grand));
  }
  return pinnedByRanges(
    lines.filter((line) => line.terms.length > 0),
    ranges,
  );
}
