import { describe, expect, it } from "vitest";
import { type RakingCell, RakingError, type RakingMargin, rake } from "./raking";

/** Σ count·weight per category of one variable, as a share of Σ count·weight. */
function weightedShares(cells: RakingCell[], weights: number[], variable: string): Record<string, number> {
  const totals: Record<string, number> = {};
  let all = 0;
  cells.forEach((cell, i) => {
    const category = cell.categories[variable] as string;
    const mass = cell.count * (weights[i] as number);
    totals[category] = (totals[category] ?? 0) + mass;
    all += mass;
  });
  return Object.fromEntries(Object.entries(totals).map(([category, total]) => [category, total / all]));
}

function targetShares(margin: RakingMargin): Record<string, number> {
  const total = Object.values(margin.targets).reduce((sum, t) => sum + t, 0);
  return Object.fromEntries(Object.entries(margin.targets).map(([category, t]) => [category, t / total]));
}

function weightedTotal(cells: RakingCell[], weights: number[]): number {
  return cells.reduce((sum, cell, i) => sum + cell.count * (weights[i] as number), 0);
}

describe("rake", () => {
  it("reproduces the worked example of the Wikipedia article 'Iterative proportional fitting' (section Example)", () => {
    // Source: Wikipedia, "Iterative proportional fitting", § Example: the 4×4 seed table below with
    // row targets 150, 300, 400, 150 and column targets 200, 300, 400, 100 (total 1000). The
    // converged table, to six significant digits, as printed in the README of the Julia package
    // ProportionalFitting.jl (github.com/vankesteren/ProportionalFitting.jl, "Showcase"), which
    // solves that same example. As raking: each seed cell is a sample cell of that many
    // respondents; the fitted count is count × weight × 1000/800 (our weights have mean 1 over the
    // 800 respondents, the targets total 1000).
    const seed = [
      [40, 30, 20, 10],
      [35, 50, 100, 75],
      [30, 80, 70, 120],
      [20, 30, 40, 50],
    ];
    const published = [
      [64.5585, 46.2325, 35.3843, 3.82473],
      [49.9679, 68.1594, 156.499, 25.3742],
      [56.7219, 144.428, 145.082, 53.7673],
      [28.7516, 41.18, 63.0347, 17.0337],
    ];
    const cells = seed.flatMap((row, i) =>
      row.map((count, j) => ({ categories: { row: `r${i + 1}`, column: `c${j + 1}` }, count })),
    );
    const result = rake(
      cells,
      [
        { variable: "row", targets: { r1: 150, r2: 300, r3: 400, r4: 150 } },
        { variable: "column", targets: { c1: 200, c2: 300, c3: 400, c4: 100 } },
      ],
      { tolerance: 1e-12 },
    );
    expect(result.converged).toBe(true);
    const fitted = seed.map((row, i) =>
      row.map((count, j) =>
        Number(((count * (result.weights[i * 4 + j] as number) * 1000) / 800).toPrecision(6)),
      ),
    );
    expect(fitted).toEqual(published);
  });

  it("matches a hand computation on a 2×2 sample, iteration by iteration", () => {
    // Sample: young men 10, young women 20, old men 30, old women 40 (n = 100).
    // Population: half young, half old; half men, half women.
    const cells: RakingCell[] = [
      { categories: { age: "young", sex: "man" }, count: 10 },
      { categories: { age: "young", sex: "woman" }, count: 20 },
      { categories: { age: "old", sex: "man" }, count: 30 },
      { categories: { age: "old", sex: "woman" }, count: 40 },
    ];
    const margins: RakingMargin[] = [
      { variable: "age", targets: { young: 50, old: 50 } },
      { variable: "sex", targets: { man: 50, woman: 50 } },
    ];
    // Iteration 1, age: young 30 → 50, factor 5/3; old 70 → 50, factor 5/7.
    //   Weighted men: 10·5/3 + 30·5/7 = 800/21, women 20·5/3 + 40·5/7 = 1300/21.
    //   Sex: men factor 50·21/800 = 21/16, women 50·21/1300 = 21/26.
    //   Weights: young man 5/3·21/16 = 35/16, young woman 5/3·21/26 = 35/26,
    //            old man 5/7·21/16 = 15/16, old woman 5/7·21/26 = 15/26.
    const one = rake(cells, margins, { maxIterations: 1 });
    expect(one.iterations).toBe(1);
    expect(one.converged).toBe(false);
    [35 / 16, 35 / 26, 15 / 16, 15 / 26].forEach((w, i) => {
      expect(one.weights[i]).toBeCloseTo(w, 12);
    });
    // Iteration 2, age: young is now 10·35/16 + 20·35/26 = 21.875 + 26.923077 = 48.798077,
    //   factor 50/48.798077 = 1.024631; old 30·15/16 + 40·15/26 = 51.201923, factor 0.976526.
    //   Sex: men 10·2.1875·1.024631 + 30·0.9375·0.976526 = 22.413793 + 27.464789 = 49.878582,
    //   factor 1.002434; women 50.121418, factor 0.997578.
    //   Weights: 2.246835, 1.375969, 0.917722, 0.562016.
    const two = rake(cells, margins, { maxIterations: 2 });
    [2.246835, 1.375969, 0.917722, 0.562016].forEach((w, i) => {
      expect(two.weights[i]).toBeCloseTo(w, 6);
    });
    // The limit in closed form: a 2×2 table raked to margins 50/50 keeps the sample's odds ratio
    // (10·40)/(20·30) = 2/3, so the fitted young men a satisfy a² / (50 − a)² = 2/3, a = 50(√6 − 2).
    const a = 50 * (Math.sqrt(6) - 2);
    const converged = rake(cells, margins, { tolerance: 1e-12 });
    expect(converged.converged).toBe(true);
    [a / 10, (50 - a) / 20, (50 - a) / 30, a / 40].forEach((w, i) => {
      expect(converged.weights[i]).toBeCloseTo(w, 9);
    });
  });

  it("stops at the iteration limit and says it did not converge", () => {
    const cells: RakingCell[] = [
      { categories: { a: "x", b: "p" }, count: 10 },
      { categories: { a: "x", b: "q" }, count: 20 },
      { categories: { a: "y", b: "p" }, count: 30 },
      { categories: { a: "y", b: "q" }, count: 40 },
    ];
    const margins: RakingMargin[] = [
      { variable: "a", targets: { x: 1, y: 1 } },
      { variable: "b", targets: { p: 1, q: 1 } },
    ];
    const limited = rake(cells, margins, { maxIterations: 3 });
    expect(limited).toMatchObject({ iterations: 3, converged: false });
    // Still normalised to mean weight 1.
    expect(weightedTotal(cells, limited.weights)).toBeCloseTo(100, 9);
    // Bounds that cannot be met (every weight exactly 1) never converge either.
    const impossible = rake(cells, margins, { maxIterations: 50, trim: { low: 1, high: 1 } });
    expect(impossible).toMatchObject({ iterations: 50, converged: false });
    // Out of reach within tight bounds: the weights that sat on a bound are counted as trimmed,
    // although the final rescaling to mean 1 moves them just off it.
    const tight = rake(cells, margins, { maxIterations: 50, trim: { low: 0.9, high: 1.1 } });
    expect(tight.converged).toBe(false);
    expect(tight.trimmed).toBeGreaterThan(0);
  });

  it("keeps every weight within the trim bounds and still meets the margins", () => {
    // A sample with too few young people, and too few in Zuid: untrimmed, young people in Zuid get
    // a weight of 3.85 and middle-aged people in Noord 0.498.
    const cells: RakingCell[] = [
      { categories: { age: "18-34", district: "Noord" }, count: 3 },
      { categories: { age: "18-34", district: "Zuid" }, count: 5 },
      { categories: { age: "35-64", district: "Noord" }, count: 40 },
      { categories: { age: "35-64", district: "Zuid" }, count: 30 },
      { categories: { age: "65+", district: "Noord" }, count: 12 },
      { categories: { age: "65+", district: "Zuid" }, count: 10 },
    ];
    const margins: RakingMargin[] = [
      { variable: "age", targets: { "18-34": 2500, "35-64": 5000, "65+": 2500 } },
      { variable: "district", targets: { Noord: 3500, Zuid: 6500 } },
    ];
    const untrimmed = rake(cells, margins);
    expect(Math.max(...untrimmed.weights)).toBeGreaterThan(3.5);
    expect(Math.min(...untrimmed.weights)).toBeLessThan(0.5);
    expect(untrimmed.trimmed).toBe(0);

    const trim = { low: 0.5, high: 3.5 };
    const trimmed = rake(cells, margins, { trim });
    expect(trimmed.converged).toBe(true);
    for (const w of trimmed.weights) {
      expect(w).toBeLessThanOrEqual(trim.high);
      expect(w).toBeGreaterThanOrEqual(trim.low);
    }
    // On the bounds: the 5 young people in Zuid (3.5) and the 40 middle-aged in Noord (0.5).
    expect(trimmed.weights[1]).toBeCloseTo(3.5, 12);
    expect(trimmed.weights[2]).toBeCloseTo(0.5, 12);
    expect(trimmed.trimmed).toBe(45);
    for (const margin of margins) {
      const got = weightedShares(cells, trimmed.weights, margin.variable);
      for (const [category, share] of Object.entries(targetShares(margin))) {
        expect(Math.abs((got[category] as number) - share)).toBeLessThanOrEqual(1e-6);
      }
    }
    expect(weightedTotal(cells, trimmed.weights)).toBeCloseTo(100, 9);

    // A cap of 2.5 cannot be met: 8 young people can weigh at most 20 of the 25 they should.
    const capped = rake(cells, margins, { trim: { low: 0.5, high: 2.5 } });
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(100);
    // …and says where it stays off: the young weigh about 20 of 100, not 25.
    expect(trimmed.largestDifference).not.toBeNull();
    const met = trimmed.largestDifference as NonNullable<typeof trimmed.largestDifference>;
    expect(Math.abs(met.weightedShare - met.targetShare)).toBeLessThanOrEqual(1e-6);
    expect(capped.largestDifference).toMatchObject({ variable: "age", category: "18-34", targetShare: 0.25 });
    expect(capped.largestDifference?.weightedShare).toBeCloseTo(0.2, 2);
  });

  it("drops a target category nobody in the sample falls in, renormalises the rest, and reports it", () => {
    const cells: RakingCell[] = [
      { categories: { district: "Centrum" }, count: 30 },
      { categories: { district: "Oost" }, count: 10 },
    ];
    const result = rake(cells, [
      { variable: "district", targets: { Centrum: 1000, Oost: 3000, West: 6000 } },
    ]);
    expect(result.emptyCategories).toEqual([{ variable: "district", category: "West" }]);
    // The dropped category still counts when judging whether the margins were met.
    expect(result.largestDifference).toEqual({
      variable: "district",
      category: "West",
      weightedShare: 0,
      targetShare: 0.6,
    });
    // Without West: Centrum 25%, Oost 75% of 40 respondents → weights 10/30 and 30/10.
    expect(result.weights[0]).toBeCloseTo(1 / 3, 9);
    expect(result.weights[1]).toBeCloseTo(3, 9);
    expect(result.converged).toBe(true);
  });

  it("refuses a cell whose category the margin does not know, naming it", () => {
    const cells: RakingCell[] = [
      { categories: { district: "Centrum" }, count: 3 },
      { categories: { district: "Buitengebied" }, count: 2 },
    ];
    const margins = [{ variable: "district", targets: { Centrum: 10, Oost: 10 } }];
    expect(() => rake(cells, margins)).toThrow(RakingError);
    expect(() => rake(cells, margins)).toThrow(/"district" = "Buitengebied"/);
    expect(() => rake([{ categories: {}, count: 1 }], margins)).toThrow(/no category for "district"/);
  });

  it("refuses impossible options and negative figures", () => {
    const cells: RakingCell[] = [{ categories: { sex: "man" }, count: 1 }];
    const margins = [{ variable: "sex", targets: { man: 1 } }];
    expect(() => rake(cells, margins, { trim: { low: 2, high: 3 } })).toThrow(RakingError);
    expect(() => rake(cells, margins, { maxIterations: 0 })).toThrow(RakingError);
    expect(() => rake(cells, [{ variable: "sex", targets: { man: -1 } }])).toThrow(RakingError);
    expect(() => rake(cells, [...margins, ...margins])).toThrow(/given twice/);
  });

  it("makes the weighted margins equal the targets after convergence, on three variables", () => {
    const ages = ["18-34", "35-49", "50-64", "65+"];
    const sexes = ["man", "vrouw"];
    const districts = ["Centrum", "Noord", "Oost", "Zuid"];
    const cells: RakingCell[] = [];
    let seed = 7;
    for (const age of ages) {
      for (const sex of sexes) {
        for (const district of districts) {
          seed = (seed * 48271) % 2147483647;
          cells.push({ categories: { age, sex, district }, count: 1 + (seed % 17) });
        }
      }
    }
    const margins: RakingMargin[] = [
      { variable: "age", targets: { "18-34": 14200, "35-49": 11800, "50-64": 12900, "65+": 10100 } },
      { variable: "sex", targets: { man: 24100, vrouw: 24900 } },
      { variable: "district", targets: { Centrum: 9000, Noord: 15000, Oost: 13000, Zuid: 12000 } },
    ];
    const result = rake(cells, margins);
    expect(result.converged).toBe(true);
    for (const margin of margins) {
      const got = weightedShares(cells, result.weights, margin.variable);
      for (const [category, share] of Object.entries(targetShares(margin))) {
        expect(Math.abs((got[category] as number) - share)).toBeLessThanOrEqual(1e-6);
      }
    }
    const n = cells.reduce((sum, cell) => sum + cell.count, 0);
    expect(weightedTotal(cells, result.weights)).toBeCloseTo(n, 9);
  });

  it("leaves everyone at weight 1 with no margins or no respondents", () => {
    expect(rake([{ categories: { sex: "man" }, count: 4 }], [])).toMatchObject({
      weights: [1],
      iterations: 0,
      converged: true,
    });
    expect(
      rake([{ categories: { sex: "man" }, count: 0 }], [{ variable: "sex", targets: { man: 1 } }]),
    ).toMatchObject({
      weights: [1],
      converged: true,
      emptyCategories: [{ variable: "sex", category: "man" }],
    });
  });
});
