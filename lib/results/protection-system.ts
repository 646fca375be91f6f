/*
 * Everything a survey publishes, as one system of linked figures: the model that disclosure
 * control protects and the audit attacks (protection-audit.ts).
 *
 * A figure is a count of people (a cell, a base, the size of a group), with its true value. A
 * relation says that a sum of figures is zero (e.g. options + "weet niet" + "no answer" − group
 * size = 0, or the groups of a breakdown − the overall figure = 0), or at most zero (who answered a
 * multiple choice question ticked at least one box). What a reader of the
 * publication knows is exactly: every shown figure's value, every relation (they follow from how
 * the tables are made), and that counts are whole numbers of 0 or more. Hidden figures and figures
 * that are never printed (who did not answer, the people of a group that is not shown) are the
 * unknowns.
 *
 * Two kinds of figure:
 * - `printed`: a number the publication prints unless disclosure control hides it;
 * - `derived`: never printed, but a reader can work on it (e.g. "did not answer" = group size −
 *   answered). Disclosure control never "hides" it; the audit checks what can be learnt of it.
 */

export type FigureKind = "printed" | "derived";

export type Figure = {
  key: string;
  value: number;
  kind: FigureKind;
  /** Printed figures only: whether secondary suppression may hide it (group sizes may not). */
  hideable: boolean;
  /**
   * A base (who answered, the valid answers): hiding it takes every percentage of its table with
   * it, so secondary suppression hides a base only when no other figure will do.
   */
  base: boolean;
  hidden: boolean;
  /** What a reader knows of it beyond "a whole number of 0 or more" (e.g. a "< k" mark: 1..k − 1). */
  bounds?: { min: number; max: number };
};

/** Σ coefficient × figure = 0 (`equal`) or ≤ 0 (`atMost`). */
export type Relation = { terms: { figure: number; coefficient: number }[]; type: "equal" | "atMost" };

export class FigureSystem {
  readonly figures: Figure[] = [];
  readonly relations: Relation[] = [];
  private readonly index = new Map<string, number>();

  /** Adds a figure (or returns the one with this key, which must have the same value). */
  figure(
    key: string,
    value: number,
    kind: FigureKind,
    options: { hideable?: boolean; base?: boolean } = {},
  ): number {
    const existing = this.index.get(key);
    if (existing !== undefined) {
      const figure = this.figures[existing] as Figure;
      if (figure.value !== value)
        throw new Error(`Figure ${key} was given two values (${figure.value} and ${value}).`);
      return existing;
    }
    const id = this.figures.length;
    this.figures.push({
      key,
      value,
      kind,
      hideable: kind === "printed" && (options.hideable ?? true),
      base: options.base ?? false,
      hidden: false,
    });
    this.index.set(key, id);
    return id;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  idOf(key: string): number | undefined {
    return this.index.get(key);
  }

  /** The figure with this key; shown = printed and not hidden. */
  get(key: string): Figure | undefined {
    const id = this.index.get(key);
    return id === undefined ? undefined : this.figures[id];
  }

  isShown(key: string): boolean {
    const figure = this.get(key);
    return figure !== undefined && figure.kind === "printed" && !figure.hidden;
  }

  /** `whole` = Σ parts. Checked against the true values, so a wrong model fails loudly. */
  sum(whole: number, parts: readonly number[]): void {
    this.relate([{ figure: whole, coefficient: -1 }, ...parts.map((figure) => ({ figure, coefficient: 1 }))]);
  }

  /** Σ left = Σ right. */
  equal(left: readonly number[], right: readonly number[]): void {
    this.relate(difference(left, right), "equal");
  }

  /** Σ small ≤ Σ large. */
  atMost(small: readonly number[], large: readonly number[]): void {
    this.relate(difference(small, large), "atMost");
  }

  /**
   * A printed percentage of `count` out of `base`, rounded to `decimals`: a reader knows
   * count / base lies within half a unit of the last decimal of it.
   */
  share(count: number, base: number, percent: number, decimals = 1): void {
    const half = 0.5 * 10 ** -decimals;
    this.relate(
      [
        { figure: count, coefficient: 100 },
        { figure: base, coefficient: -(percent + half) },
      ],
      "atMost",
    );
    this.relate(
      [
        { figure: count, coefficient: -100 },
        { figure: base, coefficient: percent - half },
      ],
      "atMost",
    );
  }

  /**
   * A printed mean of values, rounded to `decimals`: with `counts` the figures of how many gave each
   * value and `n` how many answered, Σ value × count lies within half a unit of mean × n.
   */
  mean(counts: readonly { figure: number; value: number }[], n: number, mean: number, decimals = 1): void {
    const half = 0.5 * 10 ** -decimals;
    const sum = counts.map((c) => ({ figure: c.figure, coefficient: c.value }));
    this.relate([...sum, { figure: n, coefficient: -(mean + half) }], "atMost");
    this.relate(
      [...sum.map((t) => ({ ...t, coefficient: -t.coefficient })), { figure: n, coefficient: mean - half }],
      "atMost",
    );
  }

  /** A reader knows the figure lies in [min, max] (as a "< k" mark would tell). */
  bound(figure: number, min: number, max: number): void {
    const target = this.figures[figure];
    if (!target) throw new Error(`No figure ${figure}`);
    if (target.value < min || target.value > max)
      throw new Error(`Figure ${target.key} (${target.value}) lies outside its bounds ${min}..${max}.`);
    target.bounds = { min, max };
  }

  private relate(terms: Relation["terms"], type: Relation["type"] = "equal"): void {
    const merged = new Map<number, number>();
    for (const term of terms) merged.set(term.figure, (merged.get(term.figure) ?? 0) + term.coefficient);
    const kept = [...merged]
      .filter(([, c]) => c !== 0)
      .map(([figure, coefficient]) => ({ figure, coefficient }));
    if (kept.length === 0) return;
    const total = kept.reduce((s, t) => s + t.coefficient * (this.figures[t.figure] as Figure).value, 0);
    // Rounded shares and means carry fractional coefficients: compare with a tolerance.
    if (type === "equal" ? Math.abs(total) > 1e-9 : total > 1e-9) {
      const keys = kept.map(
        (t) => `${t.coefficient > 0 ? "+" : "-"}${(this.figures[t.figure] as Figure).key}`,
      );
      throw new Error(`Relation does not hold on the true values (off by ${total}): ${keys.join(" ")}`);
    }
    this.relations.push({ terms: kept, type });
  }

  /** Unknown to a reader: hidden printed figures and every derived figure. */
  isUnknown(id: number): boolean {
    const figure = this.figures[id] as Figure;
    return figure.kind === "derived" || figure.hidden;
  }
}

function difference(plus: readonly number[], minus: readonly number[]): Relation["terms"] {
  return [
    ...plus.map((figure) => ({ figure, coefficient: 1 })),
    ...minus.map((figure) => ({ figure, coefficient: -1 })),
  ];
}
