import loadHighs from "highs";
import type { FigureSystem } from "./protection-system";

/*
 * The audit of a publication, as a determined reader would attack it: for every figure a reader
 * does not see (hidden cells and bases, who did not answer, groups that are not shown), the exact
 * range of whole numbers it can take given everything that is shown and every relation between
 * the figures — an integer program over the whole system, solved by HiGHS (the `highs` package, the
 * HiGHS solver compiled to WebAssembly), not by a home-made method.
 *
 * A publication passes when:
 * - no shown figure counts 1 to k − 1 people;
 * - every hidden printed figure keeps at least k possible values (e.g. 0–4 for k = 5): a reader
 *   cannot tell it apart from k − 1 other values;
 * - every derived figure either keeps at least k possible values or can only be 0 or at least k
 *   (it then says nothing about a small group: "nobody" or "k or more").
 *
 * The system falls apart into independent parts (figures are linked only through unknowns); each
 * part is one model, built once and solved with a changed objective per figure. `only` checks just
 * the figures named (secondary suppression's later rounds: hiding a figure only ever widens the
 * others' ranges, so what was safe stays safe). A solution found
 * for one figure also bounds every other figure of the part from inside, so a figure whose values
 * seen so far already span k is safe without solving for it (unless exact ranges are asked for).
 */

export type FigureRange = { min: number; max: number };

export type AuditViolation = {
  figure: number;
  key: string;
  reason: "shown-small" | "narrowed";
  range: FigureRange | null;
};

export type AuditResult = {
  /** Figures a reader sees or works on: printed ones and derived ones. */
  checked: number;
  hidden: number;
  violations: AuditViolation[];
  /** Exact ranges (every unknown when `exact`, otherwise those found while checking). */
  ranges: Map<number, FigureRange>;
  solves: number;
};

/** Whole-part objectives tried before any figure is solved on its own (see auditPart). */
const WARM_UP_OBJECTIVES = 6;

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highsPromise: Promise<Highs> | null = null;

/** One solver per process: loading the WebAssembly module takes ~50 ms. */
function highs(): Promise<Highs> {
  highsPromise ??= loadHighs();
  return highsPromise;
}

export async function auditSystem(
  system: FigureSystem,
  k: number,
  options: { exact?: boolean; only?: ReadonlySet<number> } = {},
): Promise<AuditResult> {
  const solver = await highs();
  const violations: AuditViolation[] = [];
  const ranges = new Map<number, FigureRange>();
  let solves = 0;
  let hidden = 0;
  system.figures.forEach((figure, id) => {
    if (figure.kind === "printed" && figure.hidden) hidden += 1;
    if (figure.kind === "printed" && !figure.hidden && figure.value > 0 && figure.value < k)
      violations.push({ figure: id, key: figure.key, reason: "shown-small", range: null });
  });

  // What subtraction alone gives away (a relation with one unknown left) is known exactly: it needs
  // no solver, and treating it as known keeps the parts small.
  const determined = determinedBySubtraction(system);
  for (const id of determined) {
    const figure = system.figures[id];
    if (!figure || (options.only && !options.only.has(id))) continue;
    const range = { min: figure.value, max: figure.value };
    ranges.set(id, range);
    if (isNarrowed(figure.kind, range, k))
      violations.push({ figure: id, key: figure.key, reason: "narrowed", range });
  }
  const unknown = (id: number) => system.isUnknown(id) && !determined.has(id);

  for (const part of partsOf(system, unknown)) {
    if (options.only && !part.some((id) => options.only?.has(id))) continue;
    const result = auditPart(solver, system, part, k, options.exact === true, options.only);
    solves += result.solves;
    for (const [id, range] of result.ranges) ranges.set(id, range);
    for (const id of result.narrowed) {
      const figure = system.figures[id];
      if (figure)
        violations.push({ figure: id, key: figure.key, reason: "narrowed", range: ranges.get(id) ?? null });
    }
  }
  return { checked: system.figures.length, hidden, violations, ranges, solves };
}

/** Whether a figure with this range gives something away (see the header). */
export function isNarrowed(kind: "printed" | "derived", range: FigureRange, k: number): boolean {
  if (range.max - range.min + 1 >= k) return false;
  if (kind === "printed") return true;
  return range.min < k && range.max >= 1;
}

/** Unknowns that a relation with every other figure known pins to one value, repeatedly. */
function determinedBySubtraction(system: FigureSystem): Set<number> {
  const determined = new Set<number>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of system.relations) {
      if (relation.type !== "equal") continue;
      const open = relation.terms.filter((t) => system.isUnknown(t.figure) && !determined.has(t.figure));
      if (open.length === 1) {
        determined.add((open[0] as { figure: number }).figure);
        changed = true;
      }
    }
  }
  return determined;
}

/** The unknown figures, grouped into parts that share no relation. */
function partsOf(system: FigureSystem, unknown: (id: number) => boolean): number[][] {
  const parent = system.figures.map((_, id) => id);
  const find = (id: number): number => {
    let root = id;
    while (parent[root] !== root) root = parent[root] as number;
    let node = id;
    while (parent[node] !== root) {
      const next = parent[node] as number;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  for (const relation of system.relations) {
    const open = relation.terms.map((t) => t.figure).filter(unknown);
    for (let i = 1; i < open.length; i += 1) {
      const a = find(open[0] as number);
      const b = find(open[i] as number);
      if (a !== b) parent[b] = a;
    }
  }
  const parts = new Map<number, number[]>();
  system.figures.forEach((_, id) => {
    if (!unknown(id)) return;
    const root = find(id);
    const part = parts.get(root) ?? [];
    part.push(id);
    parts.set(root, part);
  });
  return [...parts.values()];
}

function auditPart(
  solver: Highs,
  system: FigureSystem,
  part: readonly number[],
  k: number,
  exact: boolean,
  only: ReadonlySet<number> | undefined,
): { ranges: Map<number, FigureRange>; narrowed: number[]; solves: number } {
  const column = new Map(part.map((id, i) => [id, i]));
  const rows: { indices: number[]; values: number[]; rhs: number; atMost: boolean }[] = [];
  for (const relation of system.relations) {
    const inPart = relation.terms.filter((t) => column.has(t.figure));
    if (inPart.length === 0) continue;
    const rhs = -relation.terms
      .filter((t) => !column.has(t.figure))
      .reduce((s, t) => s + t.coefficient * (system.figures[t.figure]?.value ?? 0), 0);
    rows.push({
      indices: inPart.map((t) => column.get(t.figure) as number),
      values: inPart.map((t) => t.coefficient),
      rhs,
      atMost: relation.type === "atMost",
    });
  }
  const ranges = new Map<number, FigureRange>();
  const narrowed: number[] = [];
  // No unknown can exceed the largest figure of the system: every count is bounded by the
  // respondents, which are published.
  const ceiling = system.figures.reduce((m, f) => Math.max(m, f.value), 0);
  if (rows.length === 0) {
    // A lone unknown in no relation: what the reader knows of it is its bounds, if any.
    for (const id of part) {
      const figure = system.figures[id];
      if (!figure?.bounds || (only && !only.has(id))) continue;
      ranges.set(id, figure.bounds);
      if (isNarrowed(figure.kind, figure.bounds, k)) narrowed.push(id);
    }
    return { ranges, narrowed, solves: 0 };
  }

  const n = part.length;
  const seenLow = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const seenHigh = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const model = {
    numCols: n,
    numRows: rows.length,
    colCost: new Float64Array(n),
    colLower: Float64Array.from(part, (id) => system.figures[id]?.bounds?.min ?? 0),
    colUpper: Float64Array.from(part, (id) => system.figures[id]?.bounds?.max ?? ceiling),
    rowLower: rows.map((r) => (r.atMost ? -solver.infinity : r.rhs)),
    rowUpper: rows.map((r) => r.rhs),
    matrix: { format: "csr" as const, numRows: rows.length, numCols: n, starts, indices, values },
  };
  let solves = 0;
  // The linear relaxation first: most of these systems are tables adding up along rows and
  // columns, whose optimal vertices are whole numbers, and then the relaxation's bound is the
  // integer bound. Only when the optimum is fractional is the integer program solved.
  const lp = solver.createModel(model);
  let mip: ReturnType<typeof solver.createModel> | null = null;
  try {
    lp.options.set({ output_flag: false });
    const optimum = (m: typeof lp, col: number, cost: 1 | -1): Float64Array => {
      m.changeColCost(col, cost);
      m.run();
      solves += 1;
      const status = m.getModelStatus();
      if (status !== solver.constants.modelStatus.optimal)
        throw new Error(`Disclosure audit: the solver ended with status ${status} (expected optimal).`);
      const x = m.getSolution().colValue;
      // Changing the model discards its solution: read it first.
      m.changeColCost(col, 0);
      return x;
    };
    const solve = (col: number, cost: 1 | -1): number => {
      let x = optimum(lp, col, cost);
      if (!x.every((v) => Math.abs(v - Math.round(v)) < 1e-6)) {
        if (!mip) {
          mip = solver.createModel({
            ...model,
            integrality: new Array(n).fill(solver.constants.variableType.integer),
          });
          mip.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 });
        }
        x = optimum(mip, col, cost);
      }
      for (let j = 0; j < n; j += 1) {
        const v = Math.round(x[j] as number);
        if (v < (seenLow[j] as number)) seenLow[j] = v;
        if (v > (seenHigh[j] as number)) seenHigh[j] = v;
      }
      return Math.round(x[col] as number);
    };
    if (!exact) {
      // A few whole-part objectives first (every unknown up, every unknown down, then mixed signs
      // from a fixed seed): each whole-number optimum bounds every figure of the part from inside
      // at once, so most figures are shown to span k values before any is solved on its own.
      const all: { kind: "range"; from: number; to: number } = { kind: "range", from: 0, to: n - 1 };
      let seed = 0x9e3779b9 ^ n;
      const sign = () => {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return (seed & 1) === 0 ? 1 : -1;
      };
      for (let round = 0; round < WARM_UP_OBJECTIVES; round += 1) {
        const costs = Float64Array.from({ length: n }, () => (round === 0 ? -1 : round === 1 ? 1 : sign()));
        lp.changeColsCost(all, costs);
        lp.run();
        solves += 1;
        const optimal = lp.getModelStatus() === solver.constants.modelStatus.optimal;
        const x = optimal ? lp.getSolution().colValue : null;
        lp.changeColsCost(all, new Float64Array(n));
        if (!x?.every((v) => Math.abs(v - Math.round(v)) < 1e-6)) continue;
        for (let j = 0; j < n; j += 1) {
          const v = Math.round(x[j] as number);
          if (v < (seenLow[j] as number)) seenLow[j] = v;
          if (v > (seenHigh[j] as number)) seenHigh[j] = v;
        }
      }
    }
    for (let col = 0; col < n; col += 1) {
      const id = part[col] as number;
      if (only && !only.has(id)) continue;
      const kind = system.figures[id]?.kind ?? "derived";
      if (!exact && (seenHigh[col] as number) - (seenLow[col] as number) + 1 >= k) continue;
      const max = solve(col, -1);
      if (!exact && max - (seenLow[col] as number) + 1 >= k) continue;
      const min = solve(col, 1);
      const range = { min, max };
      ranges.set(id, range);
      if (isNarrowed(kind, range, k)) narrowed.push(id);
    }
  } finally {
    lp.dispose();
    (mip as ReturnType<typeof solver.createModel> | null)?.dispose();
  }
  return { ranges, narrowed, solves };
}
