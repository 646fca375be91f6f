import { describe, expect, it } from "vitest";
import { designEffect, kishEffectiveSampleSize } from "./effective-sample";

describe("Kish effective sample size", () => {
  it("equals n when every weight is the same", () => {
    expect(kishEffectiveSampleSize([{ weight: 1.7, count: 40 }])).toBeCloseTo(40, 12);
    expect(designEffect([{ weight: 1.7, count: 40 }])).toBeCloseTo(1, 12);
  });

  it("shrinks when weights vary, by hand: 10 at 0.5 and 10 at 1.5", () => {
    // Σcw = 5 + 15 = 20; Σcw² = 10·0.25 + 10·2.25 = 25; n_eff = 20² / 25 = 16; deff = 20 / 16 = 1.25.
    const groups = [
      { weight: 0.5, count: 10 },
      { weight: 1.5, count: 10 },
    ];
    expect(kishEffectiveSampleSize(groups)).toBeCloseTo(16, 12);
    expect(designEffect(groups)).toBeCloseTo(1.25, 12);
  });

  it("does not depend on the scale of the weights", () => {
    const groups = [
      { weight: 2, count: 3 },
      { weight: 5, count: 7 },
    ];
    // Σcw = 6 + 35 = 41; Σcw² = 12 + 175 = 187; n_eff = 1681 / 187.
    expect(kishEffectiveSampleSize(groups)).toBeCloseTo(1681 / 187, 12);
    expect(kishEffectiveSampleSize(groups.map((g) => ({ ...g, weight: g.weight * 10 })))).toBeCloseTo(
      1681 / 187,
      12,
    );
  });

  it("is 0 for nobody, and the design effect then 1", () => {
    expect(kishEffectiveSampleSize([])).toBe(0);
    expect(kishEffectiveSampleSize([{ weight: 1, count: 0 }])).toBe(0);
    expect(designEffect([])).toBe(1);
  });
});
