import { describe, expect, it } from "vitest";
import { MARGIN_TOLERANCE_POINTS, type RespondentCell, rakeRespondentCells } from "./weights";

const population = {
  ageSex: { "18-34|man": 50, "18-34|vrouw": 50, "65-79|man": 0 },
  district: { Noord: 50, Zuid: 50 },
};

describe("rakeRespondentCells", () => {
  it("weights the panel's cells to the margins and leaves out cells the figures cannot place", () => {
    // All men live in Noord and all women in Zuid here, so both margins ask for the same thing:
    // men 30 → 20 (w = 2/3), women 10 → 20 (w = 2); mean weight 1.
    const raked = rakeRespondentCells(
      [
        { ageGroup: "18-34", sex: "man", district: "Noord", count: 30 },
        { ageGroup: "18-34", sex: "vrouw", district: "Zuid", count: 10 },
        { ageGroup: "18-34", sex: "anders", district: "Zuid", count: 4 },
        { ageGroup: "18-34", sex: "vrouw", district: "", count: 3 },
        { ageGroup: "", sex: "man", district: "Noord", count: 2 },
      ],
      population,
      { low: 0.3, high: 3 },
      // Below the default minimum of 20 the ten women would be merged with the men; this test is
      // about the raking itself.
      10,
    );
    expect(raked?.respondents).toBe(40);
    expect(raked?.merged).toEqual([
      // 65-79 men are in the figures (0) but not in the sample: merged into their neighbour.
      { margin: "age_sex", ageGroups: ["18-34", "65-79"], sexes: ["man"], respondents: 30 },
    ]);
    expect(raked?.marginsMet).toBe(true);
    expect(raked?.converged).toBe(true);
    expect(raked?.cells.map((c) => [c.sex, c.district])).toEqual([
      ["man", "Noord"],
      ["vrouw", "Zuid"],
    ]);
    expect(raked?.cells[0]?.weight).toBeCloseTo(2 / 3, 6);
    expect(raked?.cells[1]?.weight).toBeCloseTo(2, 6);
    expect(raked?.minWeight).toBeCloseTo(2 / 3, 6);
    expect(raked?.maxWeight).toBeCloseTo(2, 6);
    // Kish: 40² / (30 · 4/9 + 10 · 4) = 1600 / 53⅓ = 30
    expect(raked?.effectiveN).toBeCloseTo(30, 6);
  });

  it("gives nothing to weight when no panel respondent has figures", () => {
    expect(
      rakeRespondentCells([{ ageGroup: "18-34", sex: "x", district: "Noord", count: 3 }], population, {
        low: 0.3,
        high: 3,
      }),
    ).toBeNull();
    expect(rakeRespondentCells([], population, { low: 0.3, high: 3 })).toBeNull();
  });
});

const AGES = ["12-17", "18-34", "35-49", "50-64", "65-79", "80+"];
const SEXES = ["man", "vrouw"];
const trim = { low: 0.3, high: 3 };

/*
 * A panel with one 12–17 man: the population has as many of them as of any other age × sex
 * group (1/12), so he alone would need weight 331/12 = 27.6, far above the cap of 3.
 * Everyone else: 30 per age × sex group, half in Noord and half in Zuid.
 */
const cellsWithOneBoy: RespondentCell[] = AGES.flatMap((ageGroup) =>
  SEXES.flatMap((sex) =>
    ageGroup === "12-17" && sex === "man"
      ? [{ ageGroup, sex, district: "Noord", count: 1 }]
      : [
          { ageGroup, sex, district: "Noord", count: 15 },
          { ageGroup, sex, district: "Zuid", count: 15 },
        ],
  ),
);
const evenPopulation = {
  ageSex: Object.fromEntries(AGES.flatMap((age) => SEXES.map((sex) => [`${age}|${sex}`, 1000]))),
  district: { Noord: 6000, Zuid: 6000 },
};

describe("small raking categories and margins that cannot be met", () => {
  it("without merging, says the margins are not met within the bounds, and where", () => {
    const raked = rakeRespondentCells(cellsWithOneBoy, evenPopulation, trim, 1);
    expect(raked?.merged).toEqual([]);
    expect(raked?.marginsMet).toBe(false);
    expect(raked?.marginTolerance).toBe(MARGIN_TOLERANCE_POINTS);
    expect(raked?.largestDifference?.category).toEqual({
      margin: "age_sex",
      ageGroups: ["12-17"],
      sexes: ["man"],
    });
    // He weighs at most 3 of about 331: under 1%, against 8.3% of the population.
    expect(raked?.largestDifference?.populationPercent).toBeCloseTo(100 / 12, 9);
    expect(raked?.largestDifference?.weightedPercent).toBeLessThan(1);
  });

  it("merges the category under the minimum with its neighbour, reports it, and then meets the margins", () => {
    const raked = rakeRespondentCells(cellsWithOneBoy, evenPopulation, trim);
    expect(raked?.minimumCategorySize).toBe(20);
    expect(raked?.merged).toEqual([
      { margin: "age_sex", ageGroups: ["12-17", "18-34"], sexes: ["man"], respondents: 31 },
    ]);
    expect(raked?.converged).toBe(true);
    expect(raked?.marginsMet).toBe(true);
    expect(raked?.maxWeight).toBeLessThanOrEqual(trim.high);
    expect(raked?.minWeight).toBeGreaterThanOrEqual(trim.low);
    // The merged 12–34 men weigh 2/12 of 331 over 31 people: 1.78; the boy and the young men alike.
    const boy = raked?.cells.find((c) => c.ageGroup === "12-17" && c.sex === "man");
    const youngMan = raked?.cells.find(
      (c) => c.ageGroup === "18-34" && c.sex === "man" && c.district === "Noord",
    );
    expect(boy?.weight).toBeCloseTo(youngMan?.weight as number, 2);
    expect(
      Math.abs(
        (raked?.largestDifference?.weightedPercent ?? 0) - (raked?.largestDifference?.populationPercent ?? 0),
      ),
    ).toBeLessThanOrEqual(1e-4);
  });

  it("says the margins are not met when the bounds keep a large enough category from its share", () => {
    // 300 in Noord, 20 in Zuid, population half and half: Zuid would need weight 8; capped at 3 it
    // weighs 60 against Noord's 160 (300 × 0.533), a share of 27.3% instead of 50%.
    const raked = rakeRespondentCells(
      [
        { ageGroup: "35-49", sex: "vrouw", district: "Noord", count: 300 },
        { ageGroup: "35-49", sex: "vrouw", district: "Zuid", count: 20 },
      ],
      { ageSex: { "35-49|vrouw": 100 }, district: { Noord: 50, Zuid: 50 } },
      trim,
    );
    expect(raked?.merged).toEqual([]);
    expect(raked?.converged).toBe(false);
    expect(raked?.marginsMet).toBe(false);
    expect(raked?.largestDifference?.category).toEqual({ margin: "district", districts: ["Noord"] });
    expect(raked?.largestDifference?.weightedPercent).toBeCloseTo((160 / 220) * 100, 6);
    expect(raked?.largestDifference?.populationPercent).toBeCloseTo(50, 9);
  });
});
