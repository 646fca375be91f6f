import { describe, expect, it } from "vitest";
import { composition } from "./composition";

describe("composition against panel and population", () => {
  it("gives counts and shares per category, in the given order, unknown last", () => {
    const table = composition(
      "sex",
      [
        { category: "vrouw", n: 3 },
        { category: null, n: 1 },
      ],
      [
        { category: "man", n: 6 },
        { category: "vrouw", n: 4 },
      ],
      { man: 480, vrouw: 520 },
      ["man", "vrouw", "anders", "zeg_ik_liever_niet"],
    );
    expect(table.totals).toEqual({ respondents: 4, panel: 10, population: 1000 });
    expect(table.rows).toEqual([
      {
        category: "man",
        respondents: 0,
        respondentsShare: 0,
        panel: 6,
        panelShare: 0.6,
        population: 480,
        populationShare: 0.48,
      },
      {
        category: "vrouw",
        respondents: 3,
        respondentsShare: 0.75,
        panel: 4,
        panelShare: 0.4,
        population: 520,
        populationShare: 0.52,
      },
      {
        category: null,
        respondents: 1,
        respondentsShare: 0.25,
        panel: 0,
        panelShare: 0,
        population: null,
        populationShare: null,
      },
    ]);
  });

  it("sorts categories without an order alphabetically, and has no shares without figures", () => {
    const table = composition(
      "district",
      [{ category: "Oost", n: 2 }],
      [{ category: "Centrum", n: 1 }],
      {},
      null,
    );
    expect(table.rows.map((r) => [r.category, r.populationShare])).toEqual([
      ["Centrum", null],
      ["Oost", null],
    ]);
  });
});
