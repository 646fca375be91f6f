import { describe, expect, it } from "vitest";
import {
  DEFAULT_MIN_CELL_SIZE,
  effectiveMinCellSize,
  isPrimarySuppressed,
  LOWEST_MIN_CELL_SIZE,
  suppressGroups,
  suppressVector,
} from "./disclosure";
import { auditPublishedTable, type PublishedFigure } from "./disclosure-audit";

/** What a reader sees of one question's options published with their total. */
function publishedOptions(
  counts: number[],
  mask: { suppressed: boolean[]; primary: boolean[] },
): PublishedFigure[][] {
  return [counts.map((count, i) => (!mask.suppressed[i] ? count : mask.primary[i] ? "small" : "hidden"))];
}

function auditVector(counts: number[], mask: { suppressed: boolean[]; primary: boolean[] }, k: number) {
  const total = counts.reduce((sum, c) => sum + c, 0);
  return auditPublishedTable(
    { cells: publishedOptions(counts, mask), rowTotals: [total], columnTotals: null, grandTotal: null },
    k,
  );
}

describe("the threshold k", () => {
  it("is 5 by default and never below 3", () => {
    expect(DEFAULT_MIN_CELL_SIZE).toBe(5);
    expect(LOWEST_MIN_CELL_SIZE).toBe(3);
    expect(effectiveMinCellSize(null)).toBe(5);
    expect(effectiveMinCellSize(undefined)).toBe(5);
    expect(effectiveMinCellSize(2)).toBe(3);
    expect(effectiveMinCellSize(0)).toBe(3);
    expect(effectiveMinCellSize(10)).toBe(10);
    expect(effectiveMinCellSize(3.5)).toBe(4);
  });

  it("hides 1 to k − 1 people, shows 0 and k or more", () => {
    expect([0, 1, 4, 5, 12].map((count) => isPrimarySuppressed(count, 5))).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
    expect([0, 1, 2, 3].map((count) => isPrimarySuppressed(count, 3))).toEqual([false, true, true, false]);
  });
});

describe("suppression of one question's options", () => {
  it("hides a second cell when the total would reveal the only hidden one", () => {
    // 3 of 35 chose "Nee". With only the 3 hidden, 35 − 12 − 20 = 3 gives it away.
    const counts = [3, 12, 20];
    const primaryOnly = { suppressed: [true, false, false], primary: [true, false, false] };
    expect(auditVector(counts, primaryOnly, 5)).toEqual([
      { figure: { kind: "cell", row: 0, column: 0 }, value: 3, by: "subtraction" },
    ]);

    const result = suppressVector(counts, 5, true);
    expect(result).toEqual({ suppressed: [true, true, false], primary: [true, false, false] });
    expect(auditVector(counts, result, 5)).toEqual([]);
  });

  it("needs no complement when the total is not published", () => {
    expect(suppressVector([3, 12, 20], 5, false)).toEqual({
      suppressed: [true, false, false],
      primary: [true, false, false],
    });
  });

  it("takes the smallest non-zero cell as the complement, never an empty one while others remain", () => {
    expect(suppressVector([30, 0, 2, 9, 14], 5, true).suppressed).toEqual([false, false, true, true, false]);
  });

  it("leaves a question alone when nothing is small, and shows empty cells", () => {
    expect(suppressVector([0, 7, 12], 5, true)).toEqual({
      suppressed: [false, false, false],
      primary: [false, false, false],
    });
  });

  it("protects two small cells whose sum would pin them (1 + 1, or 4 + 4 with k = 5)", () => {
    // "< 5", "< 5", 20 with total 22: both must be 1 — hide the 20 as well.
    const ones = suppressVector([1, 1, 20], 5, true);
    expect(ones.suppressed).toEqual([true, true, true]);
    expect(auditVector([1, 1, 20], ones, 5)).toEqual([]);
    const fours = suppressVector([4, 4, 20], 5, true);
    expect(fours.suppressed).toEqual([true, true, true]);
    expect(auditVector([4, 4, 20], fours, 5)).toEqual([]);
    // 1 + 3 is not pinned: either could be 1, 2 or 3.
    expect(suppressVector([1, 3, 20], 5, true).suppressed).toEqual([true, true, false]);
    expect(auditVector([1, 3, 20], suppressVector([1, 3, 20], 5, true), 5)).toEqual([]);
  });

  it("gives a question answered by fewer than k people no breakdown at all", () => {
    // Which options are empty would already say something about 3 people.
    expect(suppressVector([3, 0, 0], 5, true)).toEqual({
      suppressed: [true, true, true],
      primary: [false, false, false],
    });
    expect(suppressVector([0, 0, 0], 5, true)).toEqual({
      suppressed: [false, false, false],
      primary: [false, false, false],
    });
  });

  it("survives the audit on many random questions", () => {
    let seed = 12345;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let run = 0; run < 300; run += 1) {
      const k = run % 2 === 0 ? 5 : 3;
      const counts = Array.from(
        { length: 2 + Math.floor(next() * 6) },
        () => Math.floor(Math.exp(next() * 3.5)) - 1,
      );
      const total = counts.reduce((sum, c) => sum + c, 0);
      if (total < k) continue;
      const result = suppressVector(counts, k, true);
      counts.forEach((count, i) => {
        if (isPrimarySuppressed(count, k)) expect(result.suppressed[i]).toBe(true);
      });
      expect(auditVector(counts, result, k), `counts ${counts.join(",")} k ${k}`).toEqual([]);
    }
  });
});

describe("suppression of groups", () => {
  it("withholds groups smaller than k, and one more when exactly one is withheld and the overall is shown", () => {
    // Districts of 40, 3, 12, 25: overall 80 − 40 − 12 − 25 would give the 3.
    expect(suppressGroups([40, 3, 12, 25], 5, true)).toEqual([false, true, true, false]);
    expect(suppressGroups([40, 3, 12, 25], 5, false)).toEqual([false, true, false, false]);
    expect(suppressGroups([40, 3, 2, 25], 5, true)).toEqual([false, true, true, false]);
    expect(suppressGroups([40, 0, 12, 25], 5, true)).toEqual([false, false, false, false]);
  });
});
