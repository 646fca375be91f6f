import { describe, expect, it } from "vitest";
import { distributionStats } from "./distribution";

describe("distribution statistics of a numeric answer", () => {
  it("unweighted, odd n: 0, 5, 5, 7, 10 → mean 5.4, median 5, sd √(53.2 / 4)", () => {
    // Squares about 5.4: 29.16 + 0.16 + 0.16 + 2.56 + 21.16 = 53.2; variance 53.2 / 4 = 13.3.
    const stats = distributionStats([
      { value: 10, count: 1 },
      { value: 5, count: 2 },
      { value: 0, count: 1 },
      { value: 7, count: 1 },
    ]);
    expect(stats.n).toBe(5);
    expect(stats.weightedN).toBe(5);
    expect(stats.mean).toBeCloseTo(5.4, 12);
    expect(stats.median).toBe(5);
    expect(stats.standardDeviation).toBeCloseTo(Math.sqrt(13.3), 12);
  });

  it("unweighted, even n: the median is the mean of the two middle values", () => {
    // 2, 4, 6, 9 → middle values 4 and 6 → 5.
    const stats = distributionStats([
      { value: 9, count: 1 },
      { value: 2, count: 1 },
      { value: 6, count: 1 },
      { value: 4, count: 1 },
    ]);
    expect(stats.median).toBe(5);
    expect(stats.mean).toBeCloseTo(5.25, 12);
  });

  it("even n with the two middle values equal, and zero counts ignored", () => {
    // 3, 3, 3, 8 with an empty 10: middle values 3 and 3.
    const stats = distributionStats([
      { value: 3, count: 3 },
      { value: 8, count: 1 },
      { value: 10, count: 0 },
    ]);
    expect(stats.median).toBe(3);
    expect(stats.n).toBe(4);
  });

  it("weighted: mean Σcwx/Σcw, the median the 50% point of the weight", () => {
    // 6 people at 2 with weight 0.5 (mass 3), 2 people at 8 with weight 2.5 (mass 5): total 8.
    // Mean (6 + 40) / 8 = 5.75. Half of 8 is 4: value 2 holds 3, so the 50% point is 8.
    // sd: Σ mass·(x − 5.75)² = 3·14.0625 + 5·5.0625 = 67.5; / 8 = 8.4375; × n/(n−1) = 8/7 → 9.642857…
    const stats = distributionStats([
      { value: 2, count: 6, weight: 0.5 },
      { value: 8, count: 2, weight: 2.5 },
    ]);
    expect(stats.n).toBe(8);
    expect(stats.weightedN).toBeCloseTo(8, 12);
    expect(stats.mean).toBeCloseTo(5.75, 12);
    expect(stats.median).toBe(8);
    expect(stats.standardDeviation).toBeCloseTo(Math.sqrt(8.4375 * (8 / 7)), 12);
  });

  it("weighted: when the cumulative weight lands exactly on half, the mean of that value and the next", () => {
    // Masses 1·2 = 2 at value 1 and 4·0.5 = 2 at value 3: half of 4 is reached exactly at 1.
    const stats = distributionStats([
      { value: 1, count: 1, weight: 2 },
      { value: 3, count: 4, weight: 0.5 },
    ]);
    expect(stats.median).toBe(2);
  });

  it("with weights all 1, the same as unweighted", () => {
    const values = [
      { value: 1, count: 3 },
      { value: 4, count: 2 },
      { value: 10, count: 5 },
    ];
    expect(distributionStats(values.map((v) => ({ ...v, weight: 1 })))).toEqual(distributionStats(values));
  });

  it("is empty for nobody, and has no sd for one respondent", () => {
    expect(distributionStats([])).toEqual({
      n: 0,
      weightedN: 0,
      mean: null,
      median: null,
      standardDeviation: null,
    });
    expect(distributionStats([{ value: 7, count: 1 }])).toEqual({
      n: 1,
      weightedN: 1,
      mean: 7,
      median: 7,
      standardDeviation: null,
    });
  });

  it("refuses negative counts or weights", () => {
    expect(() => distributionStats([{ value: 1, count: -1 }])).toThrow(RangeError);
    expect(() => distributionStats([{ value: 1, count: 1, weight: -2 }])).toThrow(RangeError);
  });
});
