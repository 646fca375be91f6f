/*
 * A breakdown table as suppression works on it — cells and margins in one index space — and the
 * two ways a reader could still work out a hidden figure from it: exactly, by combining totals
 * (disclosure-recoverable.ts), or by narrowing ranges ("< k" is 1..k − 1; disclosure-intervals.ts).
 */

import { type LinearLine, pinnedByRanges, type Range } from "./disclosure-intervals";
import { type HiddenEdge, recoverableEdges } from "./disclosure-recoverable";
import { isPrimarySuppressed } from "./disclosure-rules";
import type { TableSuppressionOptions } from "./disclosure-table";

/**
 * The table with its margins in one index space: inner cells (i·columns + j), then the row
 * totals, then the column totals. Lines hold a row's cells and its total, or a column's.
 */
export type Table = {
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

export function buildTable(
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

/** Hidden entries (inner cells and totals) that the published figures determine exactly. */
export function recoverableIndexes(table: Table): number[] {
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
export function pinnedIndexes(table: Table, k: number): Set<number> {
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
