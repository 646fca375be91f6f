import { describe, expect, it } from "vitest";
import { type ColumnControl, planColumn } from "./microdata-export-disclosure";

// Each expectation below is worked out by hand from the rule in microdata-export-disclosure.ts.

/** Every value of the column as it would be published. */
function published(control: ColumnControl, counts: Record<string, number>, k = 5, numeric = true) {
  const map = new Map<string | number, number>(
    Object.entries(counts).map(([value, n]) => [numeric ? Number(value) : value, n]),
  );
  const plan = planColumn(control, map, k);
  return {
    values: Object.fromEntries([...map.keys()].map((value) => [String(value), plan.publish(value)])),
    blanks: plan.blanks,
    bands: plan.bands,
  };
}

const age: ColumnControl = { kind: "bands", min: 12, max: 110, integer: true };
const rating: ColumnControl = { kind: "scale", min: 0, max: 10 };
const categories: ColumnControl = { kind: "categories" };

describe("numbers for publication", () => {
  it("are bands of adjacent values, each with at least k respondents and two values, labelled by the question's bounds", () => {
    // 16..24 hold 1+1+1+1+2 = 6; 31..41 hold 1+2+1+1 = 5; 44..67 hold 5; 70..97 hold only 4, so
    // they join the band before (44..97, 9 respondents). Labels run to just below the next band.
    const counts = { 16: 1, 17: 1, 19: 1, 23: 1, 24: 2, 31: 1, 35: 2, 38: 1, 41: 1 };
    const tail = { 44: 1, 52: 1, 58: 1, 61: 1, 67: 1, 70: 1, 74: 1, 88: 1, 97: 1 };
    expect(published(age, { ...counts, ...tail })).toEqual({
      values: {
        16: "12–30",
        17: "12–30",
        19: "12–30",
        23: "12–30",
        24: "12–30",
        31: "31–43",
        35: "31–43",
        38: "31–43",
        41: "31–43",
        44: "44–110",
        52: "44–110",
        58: "44–110",
        61: "44–110",
        67: "44–110",
        70: "44–110",
        74: "44–110",
        88: "44–110",
        97: "44–110",
      },
      blanks: false,
      bands: true,
    });
  });

  it("are never exact, not even a value held by k or more; without bounds the outer bands are open", () => {
    expect(published({ kind: "bands", integer: true }, { 30: 9, 31: 1, 40: 6, 50: 1 }).values).toEqual({
      30: "≤ 39",
      31: "≤ 39",
      40: "≥ 40",
      50: "≥ 40",
    });
  });

  it("with decimals have bands whose inner upper ends are exclusive", () => {
    const counts = { 0.5: 3, 1.25: 3, 2: 5, 3.5: 1, 4: 4, 4.5: 2 };
    expect(published({ kind: "bands", integer: false }, counts).values).toEqual({
      0.5: "< 2",
      1.25: "< 2",
      2: "2 – < 4",
      3.5: "2 – < 4",
      4: "≥ 4",
      4.5: "≥ 4",
    });
  });

  it("leave the column empty when one band is all there is and nothing bounds it, or fewer than k answered", () => {
    expect(published({ kind: "bands", integer: true }, { 40: 8 })).toEqual({
      values: { 40: null },
      blanks: true,
      bands: false,
    });
    expect(published(age, { 40: 8 }).values).toEqual({ 40: "12–110" });
    expect(published(age, { 40: 2, 41: 2 }).values).toEqual({ 40: null, 41: null });
  });
});

describe("ratings 0–10 for publication", () => {
  it("keep a value held by at least k, and merge rarer values with a neighbour", () => {
    // 2 (1 respondent) has no band before it, so it joins 5 (5): "0–6", up to just below 7.
    // 10 (2) joins 8 (6): "8–10". 7 (6) stays exact.
    expect(published(rating, { 2: 1, 5: 5, 7: 6, 8: 6, 10: 2 })).toEqual({
      values: { 2: "0–6", 5: "0–6", 7: 7, 8: "8–10", 10: "8–10" },
      blanks: false,
      bands: true,
    });
  });

  it("stay as they are when every value is held by at least k", () => {
    expect(published(rating, { 6: 5, 7: 9, 8: 12 })).toEqual({
      values: { 6: 6, 7: 7, 8: 8 },
      blanks: false,
      bands: false,
    });
  });

  it("a run of rare values that together hold k is a band of its own", () => {
    expect(published(rating, { 0: 2, 1: 1, 2: 2, 6: 7, 7: 9 }).values).toEqual({
      0: "0–5",
      1: "0–5",
      2: "0–5",
      6: 6,
      7: 7,
    });
  });
});

describe("categories for publication", () => {
  const text = (counts: Record<string, number>) => published(categories, counts, 5, false);

  it("leave a value held by fewer than k empty, with the next rarest so an empty cell is never one value", () => {
    expect(text({ Centrum: 8, Zuiderhout: 6, Oosteind: 5, Dorst: 1 })).toEqual({
      values: { Centrum: "Centrum", Zuiderhout: "Zuiderhout", Oosteind: null, Dorst: null },
      blanks: true,
      bands: false,
    });
  });

  it("add values until the empty ones hold at least k respondents", () => {
    // Dorst 1 + Oosteind 3 = 4 < 5, so Zuiderhout (6) goes too.
    expect(text({ Centrum: 8, Zuiderhout: 6, Oosteind: 3, Dorst: 1 }).values).toEqual({
      Centrum: "Centrum",
      Zuiderhout: null,
      Oosteind: null,
      Dorst: null,
    });
  });

  it("empty a multiple-choice option's whole column when it was chosen by fewer than k", () => {
    expect(text({ "1": 2, "0": 40 }).values).toEqual({ "1": null, "0": null });
  });

  it("stay as they are when every value is held by at least k", () => {
    expect(text({ Eens: 5, Oneens: 7 })).toEqual({
      values: { Eens: "Eens", Oneens: "Oneens" },
      blanks: false,
      bands: false,
    });
  });
});

describe("approved texts for publication", () => {
  it("are published as moderated", () => {
    expect(published({ kind: "text" }, { "Met mijn buurman [naam]": 1 }, 5, false).values).toEqual({
      "Met mijn buurman [naam]": "Met mijn buurman [naam]",
    });
  });
});
