/*
 * k-anonymity for a microdata file meant for publication: after this step every record's full
 * tuple of published values is shared by at least k records, so nobody can be singled out by any
 * combination of the columns (attributes and answers together). A blank is a value of its own
 * ("unknown"), so a record with blanks must also look like at least k − 1 others, blanks included.
 *
 * The method is Mondrian-style partitioning with local suppression:
 * 1. Start with all records in one part. A part is split on one column: every value held by at
 *    least k records of the part gets a part of its own; the records with rarer values form a
 *    "rest" part. A rest with fewer than k records takes the missing records from the largest
 *    value part that can spare them (the records most like the rest), or else joins the smallest
 *    value part. The split is made only when it leaves at least two parts, each of at least k.
 * 2. The possible splits are ranked by how many records keep one value of the column in their
 *    part, then by fewer parts (a coarse split leaves room for more splits below), then the
 *    earlier column (attributes go first). The partitioning is done two ways: "coarse" takes the
 *    best-ranked split, except in a last split (a part under 3k, whose parts are all leaves),
 *    where the best few are made and the one that blanks the fewest cells is taken; "fewest"
 *    compares them that way at every split. Neither wins always (coarse keeps more in wide
 *    tables, fewest in small ones), so both are run and the leaves that blank fewer cells are
 *    kept; above two million cells only "coarse" runs, to bound the time.
 * 3. A part no column can split is a leaf. In each leaf every column whose value is not the same
 *    for all its records is blanked for all of them (and with it the other columns of its group,
 *    e.g. the positions of one ranking, which would otherwise give the blanked one away).
 * Every record of a leaf then has the same tuple, and a leaf holds at least k records: the file
 * is k-anonymous. A blank made here also never stands for one value within its leaf (the leaf's
 * records had at least two there, the blank "unanswered" among them), except in a column
 * blanked only because another column of its group was.
 *
 * Termination: a part is split only into smaller parts (each at least k, at least two of them),
 * and a column split on never splits a part below it again (its value parts hold one value;
 * the rest holds no value k times; a value part the rest joined holds under 2k records, too few
 * to split), so no path of splits is longer than the number of columns.
 * The leaf step is one pass. When no split is ever possible, the whole table is one leaf and every
 * non-constant column is blanked in every record: blanking whole columns is the fallback.
 *
 * Fewer than k records in all (but at least one) cannot be made k-anonymous by blanking, as even
 * all-blank records stay fewer than k: the result is a refusal, and the caller refuses the file.
 *
 * Values are coded as integers per column (0 = blank), in one flat array (coded-table.ts), so a
 * survey with many thousands of responses and a hundred columns is held compactly.
 */

import { CellCoder, type CodedTable } from "./coded-table";

export type KAnonymityOptions = {
  /** Columns blanked together: columns with the same group number are blanked as one. */
  groups?: readonly number[];
};

export type KAnonymitySummary = {
  /** Records with at least one cell blanked by this step. */
  recordsAffected: number;
  /** Cells that held a value and were blanked. */
  cellsBlanked: number;
  /** Per column, the cells blanked in it. */
  blankedPerColumn: number[];
};

export type KAnonymityResult =
  | ({ ok: true } & KAnonymitySummary)
  | { ok: false; reason: "fewer-than-k"; rows: number; k: number };

/** Makes the table k-anonymous in place by blanking cells; see the note at the top of the file. */
export function kAnonymize(table: CodedTable, k: number, options: KAnonymityOptions = {}): KAnonymityResult {
  const { rows, columns } = table;
  if (rows > 0 && rows < k) return { ok: false, reason: "fewer-than-k", rows, k };
  const blankedPerColumn = new Array<number>(columns).fill(0);
  const affected = new Uint8Array(rows);
  if (rows === 0) return { ok: true, recordsAffected: 0, cellsBlanked: 0, blankedPerColumn };

  // Two ways to choose the splits (see the note at the top); the leaves that blank fewer cells
  // win. The second costs a few times more, so very large tables get the first only.
  const strategies: Strategy[] = rows * columns <= MAX_CELLS_FOR_BOTH ? ["coarse", "fewest"] : ["coarse"];
  let leaves: number[][] = [];
  let fewest = Number.POSITIVE_INFINITY;
  for (const strategy of strategies) {
    const candidate = partition(table, k, strategy);
    const cost = candidate.reduce((sum, leaf) => sum + leafCost(table, leaf, options.groups), 0);
    if (cost < fewest) {
      leaves = candidate;
      fewest = cost;
    }
  }
  for (const leaf of leaves) blankLeaf(table, leaf, options.groups, blankedPerColumn, affected);
  let recordsAffected = 0;
  for (const flag of affected) recordsAffected += flag;
  const cellsBlanked = blankedPerColumn.reduce((sum, n) => sum + n, 0);
  return { ok: true, recordsAffected, cellsBlanked, blankedPerColumn };
}

/**
 * "coarse": the best-ranked split, except in a last split (a part under 3k), where the best few
 * are compared by the cells they blank. "fewest": compared that way at every split.
 */
type Strategy = "coarse" | "fewest";

/** Above this many cells only the "coarse" strategy runs (about 20,000 responses × 100 columns). */
const MAX_CELLS_FOR_BOTH = 2_000_000;

/** The leaves: parts of at least k records that no column can split further. */
function partition(table: CodedTable, k: number, strategy: Strategy): number[][] {
  const all = Array.from({ length: table.rows }, (_, i) => i);
  const allColumns = Array.from({ length: table.columns }, (_, c) => c);
  const leaves: number[][] = [];
  const pending: { records: number[]; live: number[] }[] = [{ records: all, live: allColumns }];
  while (pending.length > 0) {
    const part = pending.pop() as { records: number[]; live: number[] };
    const split =
      part.records.length >= 2 * k ? bestSplit(table, part.records, part.live, k, strategy) : null;
    if (!split) leaves.push(part.records);
    else for (const records of split.parts) pending.push({ records, live: split.live });
  }
  return leaves;
}

type Split = { parts: number[][]; live: number[] };

/** How many of the best-ranked columns are made into splits and compared by their blanks. */
const LOOKAHEAD = 8;

function bestSplit(
  table: CodedTable,
  records: number[],
  live: number[],
  k: number,
  strategy: Strategy,
): Split | null {
  // A column that cannot split this part cannot split any part below it either: a part below
  // holds each value at most as often, and a one-value part leaves the rest no more to borrow.
  const candidates: { column: number; score: number; parts: number }[] = [];
  for (const column of live) {
    const counts = valueCounts(table, records, column);
    if (counts.size < 2) continue;
    const plan = planSplit(counts, records.length, k);
    if (plan.parts < 2) continue;
    candidates.push({ column, ...plan });
  }
  if (candidates.length === 0) return null;
  // Ranked by the score, coarse splits first: a part that stays large can still be split on
  // other columns further down. In a part smaller than 3k every part of any split is a leaf
  // (too small to split again), so there the best few are made and the one is taken that blanks
  // the fewest cells: exact, where further down the count would mislead.
  const ranked = [...candidates].sort(
    (a, b) => b.score - a.score || a.parts - b.parts || a.column - b.column,
  );
  const tried =
    strategy === "fewest" || records.length < 3 * k ? ranked.slice(0, LOOKAHEAD) : ranked.slice(0, 1);
  let best: { column: number; parts: number[][]; cost: number } | null = null;
  for (const candidate of tried) {
    const parts = makeParts(table, records, candidate.column, k);
    const cost = tried.length > 1 ? parts.reduce((sum, part) => sum + leafCost(table, part), 0) : 0;
    if (!best || cost < best.cost) best = { column: candidate.column, parts, cost };
  }
  if (!best) return null;
  const chosen = best.column;
  // The column split on is constant in its value parts and has no common value in the rest.
  const below = candidates.map((c) => c.column).filter((column) => column !== chosen);
  return { parts: best.parts, live: below };
}

/** The cells a part would lose as a leaf: the non-blank cells of the columns blankLeaf blanks. */
function leafCost(table: CodedTable, records: number[], groups?: readonly number[]): number {
  const { codes, columns } = table;
  const blanked = varyingColumns(table, records, groups);
  let cost = 0;
  for (let column = 0; column < columns; column += 1) {
    if (!blanked[column]) continue;
    for (const row of records) if (codes[row * columns + column] !== 0) cost += 1;
  }
  return cost;
}

/** The columns whose value is not the same in all records of the part, with their groups. */
function varyingColumns(table: CodedTable, records: number[], groups?: readonly number[]): boolean[] {
  const { codes, columns } = table;
  const varies = new Array<boolean>(columns).fill(false);
  const first = records[0] as number;
  for (let column = 0; column < columns; column += 1) {
    const value = codes[first * columns + column];
    for (const row of records)
      if (codes[row * columns + column] !== value) {
        varies[column] = true;
        break;
      }
  }
  if (groups) {
    const blankGroups = new Set(groups.filter((_, column) => varies[column]));
    for (let column = 0; column < columns; column += 1)
      if (blankGroups.has(groups[column] as number)) varies[column] = true;
  }
  return varies;
}

function valueCounts(table: CodedTable, records: number[], column: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of records) {
    const value = table.codes[row * table.columns + column];
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * What a split on a column would give: how many parts result, and how many records end in a part
 * where the column keeps one value (the score).
 */
function planSplit(counts: Map<number, number>, size: number, k: number): { parts: number; score: number } {
  const common = [...counts.values()].filter((n) => n >= k);
  const pure = common.length;
  if (pure === 0) return { parts: 1, score: 0 };
  const inCommon = common.reduce((sum, n) => sum + n, 0);
  const rest = size - inCommon;
  if (rest === 0 || rest >= k) return { parts: pure + (rest > 0 ? 1 : 0), score: inCommon };
  const deficit = k - rest;
  const largest = Math.max(...common);
  if (largest >= k + deficit) return { parts: pure + 1, score: inCommon - deficit };
  const smallest = Math.min(...common);
  return { parts: pure, score: inCommon - smallest };
}

function makeParts(table: CodedTable, records: number[], column: number, k: number): number[][] {
  const byValue = new Map<number, number[]>();
  for (const row of records) {
    const value = table.codes[row * table.columns + column];
    const list = byValue.get(value);
    if (list) list.push(row);
    else byValue.set(value, [row]);
  }
  const common: number[][] = [];
  const rest: number[] = [];
  for (const list of byValue.values()) {
    if (list.length >= k) common.push(list);
    else rest.push(...list);
  }
  if (rest.length === 0 || rest.length >= k) return rest.length ? [...common, rest] : common;
  const deficit = k - rest.length;
  const largest = common.reduce((a, b) => (b.length > a.length ? b : a));
  if (largest.length >= k + deficit) {
    const donors = mostAlike(table, rest, largest, deficit);
    const moved = new Set(donors);
    const kept = largest.filter((row) => !moved.has(row));
    return [...common.filter((list) => list !== largest), kept, [...rest, ...donors]];
  }
  const smallest = common.reduce((a, b) => (b.length < a.length ? b : a));
  return [...common.filter((list) => list !== smallest), [...smallest, ...rest]];
}

/**
 * The `count` records of `from` most like the rest: most columns equal to the rest's most common
 * value, so the fewest cells are blanked when they share a leaf (ties: the earlier record).
 */
function mostAlike(table: CodedTable, rest: number[], from: number[], count: number): number[] {
  const { codes, columns } = table;
  const mode = new Int32Array(columns);
  for (let column = 0; column < columns; column += 1) {
    let top = 0;
    for (const [value, n] of valueCounts(table, rest, column))
      if (n > top) {
        mode[column] = value;
        top = n;
      }
  }
  const likeness = (row: number) => {
    let same = 0;
    for (let column = 0; column < columns; column += 1)
      if (codes[row * columns + column] === mode[column]) same += 1;
    return same;
  };
  return from
    .map((row, order) => ({ row, order, same: likeness(row) }))
    .sort((a, b) => b.same - a.same || a.order - b.order)
    .slice(0, count)
    .map((entry) => entry.row);
}

function blankLeaf(
  table: CodedTable,
  records: number[],
  groups: readonly number[] | undefined,
  blankedPerColumn: number[],
  affected: Uint8Array,
): void {
  const { codes, columns } = table;
  const varies = varyingColumns(table, records, groups);
  for (let column = 0; column < columns; column += 1) {
    if (!varies[column]) continue;
    for (const row of records) {
      const at = row * columns + column;
      if (codes[at] === 0) continue;
      codes[at] = 0;
      blankedPerColumn[column] += 1;
      affected[row] = 1;
    }
  }
}

/** Convenience for small tables (and tests): rows of cells in, k-anonymous rows of cells out. */
export function kAnonymizeRows<Cell extends string | number | null>(
  rows: readonly (readonly Cell[])[],
  k: number,
  blank: Cell,
  options: KAnonymityOptions = {},
): { rows: Cell[][]; result: KAnonymityResult } {
  const columns = rows[0]?.length ?? 0;
  const coder = new CellCoder<Cell>(columns, blank, rows.length);
  for (const row of rows) coder.add(row);
  const result = kAnonymize(coder.table(), k, options);
  return { rows: rows.map((_, i) => coder.row(i)), result };
}
