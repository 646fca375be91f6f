import type { MicrodataCell } from "./microdata-export-cell";

/*
 * Disclosure control on the ANSWERS of the microdata export "for publication", column by column:
 * the first of its steps (microdata-export-publication.ts). After it, the whole table, attributes
 * and answers together, is made k-anonymous (lib/results/k-anonymity.ts).
 *
 * An answer can single a person out as well as an attribute can: an exact age of 93, the one
 * respondent from a small village in a district dropdown. So each answer column is checked on
 * its own, over all completed responses:
 *
 * - Numbers (e.g. age): never exact. The distinct values, from low to high, are taken together
 *   until a band holds at least k respondents and at least two distinct values; a short last
 *   band joins the one before. A band runs from its lowest value to just below the next band
 *   ("25–34"); the outer bands end at the question's min/max or are open ("≤ 24", "≥ 71"), so no
 *   label shows the lowest or highest answer given. A column that makes only one band says
 *   nothing and is left empty, unless the question has a bound to label it with ("12–110").
 * - Ratings 0–10: a value held by at least k stays exact; runs of rarer values are banded the
 *   same way ("0–3"), and a run that stays short joins the band before it (or after it).
 * - Categories (single choice, dropdown, a multiple-choice option's chosen/not chosen, a Likert
 *   statement's scale value, a ranking position): a value held by fewer than k is left empty.
 *   Because an empty cell could then stand for exactly that one value, the blanked values must
 *   together be at least two values held by at least k respondents; if not, the next rarest
 *   value is blanked too, until they are or the column is empty. (So a rare multiple-choice
 *   option empties its whole column: "not chosen" beside an empty "chosen" would say it all.)
 *
 * Two row rules (in microdata-export-publication.ts) close what the columns of one question tell
 * about each other: a ranking's positions are blanked together when one is (they are a
 * permutation, so the others would give it away), and an "anders, namelijk" text is blanked with
 * its "Anders" cell (texts are left out of the file for publication anyway).
 *
 * Combinations ACROSS columns, answers with attributes, are the k-anonymity step's work.
 */

export type ColumnControl =
  | { kind: "categories" }
  | { kind: "scale"; min: number; max: number }
  | { kind: "bands"; min?: number; max?: number; integer: boolean }
  /** Approved, redacted texts: moderated already, published as they are. */
  | { kind: "text" };

export type ColumnPlan = {
  /** The cell as published: the value, a band label, or null (left empty). */
  publish: (value: MicrodataCell) => MicrodataCell;
  /** Whether some value of the column is left empty. */
  blanks: boolean;
  /** Whether values are published as bands. */
  bands: boolean;
};

/** How often each (non-empty) value occurs in a column, over all completed responses. */
export type ColumnCounts = ReadonlyMap<string | number, number>;

const asIs: ColumnPlan = { publish: (value) => value, blanks: false, bands: false };

export function planColumn(control: ColumnControl, counts: ColumnCounts, k: number): ColumnPlan {
  switch (control.kind) {
    case "text":
      return asIs;
    case "categories":
      return planCategories(counts, k);
    case "scale":
      return planBands(counts, k, {
        min: control.min,
        max: control.max,
        integer: true,
        exactWhenCommon: true,
      });
    case "bands":
      return planBands(counts, k, { ...control, exactWhenCommon: false });
  }
}

function planCategories(counts: ColumnCounts, k: number): ColumnPlan {
  const rarestFirst = [...counts].sort((a, b) => a[1] - b[1] || String(a[0]).localeCompare(String(b[0])));
  const blanked = new Set<string | number>();
  let held = 0;
  for (const [value, count] of rarestFirst) {
    const rare = count < k;
    const coverNeeded = blanked.size > 0 && (blanked.size < 2 || held < k);
    if (!rare && !coverNeeded) break;
    blanked.add(value);
    held += count;
  }
  if (blanked.size === 0) return asIs;
  return {
    publish: (value) => (value !== null && blanked.has(value) ? null : value),
    blanks: true,
    bands: false,
  };
}

type BandOptions = { min?: number; max?: number; integer: boolean; exactWhenCommon: boolean };
type Band = { values: number[]; held: number };

/**
 * Adjacent distinct values taken together from the low end until a band holds at least k
 * respondents and minDistinct values; with exactWhenCommon a value held by at least k is a band
 * of its own. A band that stays short joins the band before it (the first one, the band after).
 */
export function groupBands(
  counts: ReadonlyMap<number, number>,
  k: number,
  options: { minDistinct: number; exactWhenCommon: boolean },
): Band[] {
  const short = (band: Band) => band.held < k || band.values.length < options.minDistinct;
  const values = [...counts.keys()].sort((a, b) => a - b);
  const found: Band[] = [];
  let current: Band | null = null;
  for (const value of values) {
    const count = counts.get(value) ?? 0;
    if (options.exactWhenCommon && count >= k) {
      if (current) found.push(current);
      current = null;
      found.push({ values: [value], held: count });
      continue;
    }
    current ??= { values: [], held: 0 };
    current.values.push(value);
    current.held += count;
    if (!short(current)) {
      found.push(current);
      current = null;
    }
  }
  if (current) found.push(current);
  const bands: Band[] = [];
  for (const band of found) {
    const previous = bands.at(-1);
    if (previous && short(band)) merge(previous, band);
    else bands.push(band);
  }
  const [first, second] = bands;
  if (first && second && short(first)) {
    merge(first, second);
    bands.splice(1, 1);
  }
  return bands;
}

function merge(into: Band, band: Band): void {
  into.values.push(...band.values);
  into.values.sort((a, b) => a - b);
  into.held += band.held;
}

function planBands(counts: ColumnCounts, k: number, options: BandOptions): ColumnPlan {
  const numeric = new Map<number, number>();
  for (const [value, count] of counts) if (typeof value === "number") numeric.set(value, count);
  const integer = options.integer && [...numeric.keys()].every(Number.isInteger);
  const bands = groupBands(numeric, k, {
    minDistinct: options.exactWhenCommon ? 1 : 2,
    exactWhenCommon: options.exactWhenCommon,
  });
  const labelOf = new Map<number, MicrodataCell>();
  const lowest = bands[0]?.values[0];
  const highest = bands.at(-1)?.values.at(-1);
  bands.forEach((band, i) => {
    const next = bands[i + 1]?.values[0];
    const lower =
      i > 0
        ? band.values[0]
        : options.min !== undefined && lowest !== undefined && options.min <= lowest
          ? options.min
          : undefined;
    const upper =
      next !== undefined
        ? integer
          ? next - 1
          : next
        : options.max !== undefined && highest !== undefined && options.max >= highest
          ? options.max
          : undefined;
    const exclusive = next !== undefined && !integer;
    const label =
      band.held < k
        ? null
        : options.exactWhenCommon && band.values.length === 1
          ? band.values[0]
          : bandLabel(lower, upper, exclusive);
    for (const value of band.values) labelOf.set(value, label);
  });
  const changed = [...labelOf].some(([value, label]) => label !== value);
  if (!changed) return asIs;
  return {
    publish: (value) => (typeof value === "number" ? (labelOf.get(value) ?? null) : value),
    blanks: [...labelOf.values()].some((label) => label === null),
    bands: [...labelOf.values()].some((label) => typeof label === "string"),
  };
}

/** "25–34", "≤ 24", "≥ 71"; for decimals the upper end of an inner band is exclusive: "2.5 – < 5". */
function bandLabel(lower: number | undefined, upper: number | undefined, exclusive: boolean): string | null {
  if (lower === undefined && upper === undefined) return null;
  if (lower === undefined) return exclusive ? `< ${upper}` : `≤ ${upper}`;
  if (upper === undefined) return `≥ ${lower}`;
  return exclusive ? `${lower} – < ${upper}` : `${lower}–${upper}`;
}
