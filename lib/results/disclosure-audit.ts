/*
 * The audit of a published table, in the sense of statistical disclosure control: try, as a reader
 * would, to recompute every hidden figure from what is published, and report each one that can be.
 * It is written independently of the suppression (disclosure-table.ts), to check it: a reader only
 * has the published view — shown numbers, "< k" marks, hidden marks and totals.
 *
 * Three attacks, each stronger than the last:
 * - subtraction: a row or column with one unknown left gives it away; repeated while anything new
 *   is learned (a cell found in a row can then open a column);
 * - combination: any sum and difference of rows and columns (Gauss–Jordan elimination over the
 *   unknowns) that isolates one unknown;
 * - bounds: a "< k" figure lies in 1..k − 1, anything else hidden is 0 or more; intervals are
 *   narrowed along every row and column until stable, and an interval of one value gives it away.
 * Not an exact linear-programming audit: narrowing intervals line by line can miss what only an LP
 * over the whole table would find. It is a test tool and a check for publishers, not a proof.
 */

/** A published figure: a number, "small" (shown as "< k"), or "hidden" (no figure). */
export type PublishedFigure = number | "small" | "hidden";

export type PublishedTable = {
  cells: PublishedFigure[][];
  /** Per row its published total, or null when the rows do not add up to a published figure. */
  rowTotals: PublishedFigure[] | null;
  /** Per column its published total, or null when the columns do not add up to a published figure. */
  columnTotals: PublishedFigure[] | null;
  /** The overall total, published beside the table (adds up both margins when both are given). */
  grandTotal: number | null;
};

export type Recovered = {
  figure:
    | { kind: "cell"; row: number; column: number }
    | { kind: "rowTotal"; row: number }
    | { kind: "columnTotal"; column: number };
  value: number;
  by: "subtraction" | "combination" | "bounds";
};

type Equation = { terms: { unknown: number; sign: 1 | -1 }[]; constant: number };

export function auditPublishedTable(table: PublishedTable, k: number): Recovered[] {
  const { unknowns, equations } = buildSystem(table, k);
  const found = new Map<number, Recovered>();
  const attacks: [Recovered["by"], Map<number, number>][] = [
    ["subtraction", bySubtraction(equations)],
    ["combination", byCombination(unknowns.length, equations)],
    ["bounds", byBounds(unknowns, equations)],
  ];
  for (const [by, recovered] of attacks) {
    for (const [unknown, value] of recovered) {
      const figure = (unknowns[unknown] as Unknown).figure;
      if (!found.has(unknown)) found.set(unknown, { figure, value, by });
    }
  }
  return [...found.values()];
}

type Unknown = { figure: Recovered["figure"]; low: number; high: number };

function buildSystem(table: PublishedTable, k: number): { unknowns: Unknown[]; equations: Equation[] } {
  const unknowns: Unknown[] = [];
  const term = (figure: PublishedFigure, named: Recovered["figure"]) => {
    if (typeof figure === "number") return { known: figure };
    unknowns.push({
      figure: named,
      low: figure === "small" ? 1 : 0,
      high: figure === "small" ? k - 1 : Infinity,
    });
    return { unknown: unknowns.length - 1 };
  };
  const cells = table.cells.map((row, i) =>
    row.map((figure, j) => term(figure, { kind: "cell", row: i, column: j })),
  );
  const rowTotals = table.rowTotals?.map((figure, i) => term(figure, { kind: "rowTotal", row: i })) ?? null;
  const columnTotals =
    table.columnTotals?.map((figure, j) => term(figure, { kind: "columnTotal", column: j })) ?? null;

  const equations: Equation[] = [];
  // Σ parts − total = 0, with known figures moved to the constant side.
  const add = (
    parts: { known?: number; unknown?: number }[],
    total: { known?: number; unknown?: number },
  ) => {
    const equation: Equation = { terms: [], constant: 0 };
    for (const part of parts) {
      if (part.unknown !== undefined) equation.terms.push({ unknown: part.unknown, sign: 1 });
      else equation.constant -= part.known as number;
    }
    if (total.unknown !== undefined) equation.terms.push({ unknown: total.unknown, sign: -1 });
    else equation.constant += total.known as number;
    equations.push(equation);
  };
  rowTotals?.forEach((total, i) => {
    add(cells[i] ?? [], total);
  });
  columnTotals?.forEach((total, j) => {
    add(
      cells.map((row) => row[j] as { known?: number; unknown?: number }),
      total,
    );
  });
  if (table.grandTotal !== null && rowTotals && columnTotals) {
    add(rowTotals, { known: table.grandTotal });
    add(columnTotals, { known: table.grandTotal });
  }
  return { unknowns, equations };
}

function bySubtraction(equations: Equation[]): Map<number, number> {
  const known = new Map<number, number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const { terms, constant } of equations) {
      const open = terms.filter((t) => !known.has(t.unknown));
      const [only] = open;
      if (open.length !== 1 || only === undefined) continue;
      const rest = terms.reduce(
        (sum, t) => sum + (t === only ? 0 : t.sign * (known.get(t.unknown) as number)),
        0,
      );
      known.set(only.unknown, (constant - rest) * only.sign);
      changed = true;
    }
  }
  return known;
}

const EPSILON = 1e-9;

function byCombination(count: number, equations: Equation[]): Map<number, number> {
  const rows = equations.map(({ terms, constant }) => {
    const row = new Array<number>(count + 1).fill(0);
    for (const t of terms) row[t.unknown] = (row[t.unknown] as number) + t.sign;
    row[count] = constant;
    return row;
  });
  let pivotRow = 0;
  const pivots: number[] = [];
  for (let column = 0; column < count && pivotRow < rows.length; column += 1) {
    const found = rows.findIndex((row, r) => r >= pivotRow && Math.abs(row[column] as number) > EPSILON);
    if (found === -1) continue;
    const pivot = rows[found] as number[];
    rows[found] = rows[pivotRow] as number[];
    rows[pivotRow] = pivot;
    const scale = pivot[column] as number;
    for (let c = 0; c <= count; c += 1) pivot[c] = (pivot[c] as number) / scale;
    for (const [r, row] of rows.entries()) {
      if (r === pivotRow || Math.abs(row[column] as number) <= EPSILON) continue;
      const factor = row[column] as number;
      for (let c = 0; c <= count; c += 1) row[c] = (row[c] as number) - factor * (pivot[c] as number);
    }
    pivots.push(column);
    pivotRow += 1;
  }
  const determined = new Map<number, number>();
  pivots.forEach((column, r) => {
    const row = rows[r] as number[];
    const alone = row.every((value, c) => c === count || c === column || Math.abs(value) <= EPSILON);
    if (alone) determined.set(column, Math.round(row[count] as number));
  });
  return determined;
}

function byBounds(unknowns: Unknown[], equations: Equation[]): Map<number, number> {
  const low = unknowns.map((u) => u.low);
  const high = unknowns.map((u) => u.high);
  for (let round = 0, changed = true; changed && round < 1000; round += 1) {
    changed = false;
    for (const { terms, constant } of equations) {
      for (const t of terms) {
        // sign·x = constant − Σ others' sign·x; bound the right side with the others' intervals.
        let restLow = 0;
        let restHigh = 0;
        for (const other of terms) {
          if (other === t) continue;
          restLow += other.sign === 1 ? (low[other.unknown] as number) : -(high[other.unknown] as number);
          restHigh += other.sign === 1 ? (high[other.unknown] as number) : -(low[other.unknown] as number);
        }
        const [from, to] =
          t.sign === 1
            ? [constant - restHigh, constant - restLow]
            : [restLow - constant, restHigh - constant];
        // Counts are whole numbers, so a bound can be rounded inwards.
        const newLow = Math.max(low[t.unknown] as number, Math.ceil(from - EPSILON));
        const newHigh = Math.min(high[t.unknown] as number, Math.floor(to + EPSILON));
        if (newLow > (low[t.unknown] as number) || newHigh < (high[t.unknown] as number)) {
          low[t.unknown] = newLow;
          high[t.unknown] = newHigh;
          changed = true;
        }
      }
    }
  }
  const pinned = new Map<number, number>();
  unknowns.forEach((_, u) => {
    if (low[u] === high[u]) pinned.set(u, low[u] as number);
  });
  return pinned;
}
