import { describe, expect, it } from "vitest";
import { rakeRespondentCells } from "./weights";

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
    );
    expect(raked?.respondents).toBe(40);
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
