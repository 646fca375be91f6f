import { describe, expect, it } from "vitest";
import { kAnonymizeRows } from "./k-anonymity";

// Each expectation on hand-built rows is worked out by hand from the method in k-anonymity.ts.

type Cell = string | number | null;

/** How many records share each full tuple (a blank written as "∅"). */
function classSizes(rows: readonly (readonly Cell[])[]): number[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = JSON.stringify(row.map((cell) => cell ?? "∅"));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.values()];
}

/** A small deterministic generator, so a failing random table can be made again. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % below;
  };
}

describe("k-anonymity by partitioning and local blanking", () => {
  it("blanks only what sets a record apart: a unique district, and a combination held once", () => {
    // Split on the answer first (4 + 4 records keep it), then the "ja" part on district (N 2,
    // Z 2). In the "nee" part N has 2, Z and O one each: those two share a leaf and lose their
    // district.
    const rows: Cell[][] = [
      ["N", "ja"],
      ["N", "ja"],
      ["N", "nee"],
      ["N", "nee"],
      ["Z", "ja"],
      ["Z", "ja"],
      ["Z", "nee"],
      ["O", "nee"],
    ];
    const { rows: out, result } = kAnonymizeRows(rows, 2, null);
    expect(out).toEqual([
      ["N", "ja"],
      ["N", "ja"],
      ["N", "nee"],
      ["N", "nee"],
      ["Z", "ja"],
      ["Z", "ja"],
      [null, "nee"],
      [null, "nee"],
    ]);
    expect(result).toEqual({ ok: true, recordsAffected: 2, cellsBlanked: 2, blankedPerColumn: [2, 0] });
  });

  it("of its two ways to split, keeps the one that blanks fewer cells", () => {
    // District, age band, rating, ranking (one column here), living situation for 20 respondents
    // (as in lib/results/data/microdata-export-answers.test.ts). Coarse first (the ranking, then the age
    // band) blanks 31 cells; comparing the blanks of each split (the rating) blanks 16.
    const block = (count: number, row: Cell[]) => Array.from({ length: count }, () => [...row]);
    const rows: Cell[][] = [
      ...block(6, ["C", "12–30", "0–6", "xyz", "alleen"]),
      ...block(2, ["C", "31–43", 7, "xyz", "alleen"]),
      ...block(3, ["Z", "31–43", 7, null, "alleen"]),
      ...block(1, ["Z", "44–110", 7, null, "alleen"]),
      ...block(2, ["Z", "44–110", "8–10", null, null]),
      ...block(6, [null, "44–110", "8–10", null, null]),
    ];
    const { rows: out, result } = kAnonymizeRows(rows, 5, null);
    expect(out).toEqual([
      ...block(6, ["C", "12–30", "0–6", "xyz", "alleen"]),
      ...block(6, [null, null, 7, null, "alleen"]),
      ...block(8, [null, "44–110", "8–10", null, null]),
    ]);
    expect(result).toEqual({
      ok: true,
      recordsAffected: 8,
      cellsBlanked: 16,
      blankedPerColumn: [8, 6, 0, 2, 0],
    });
  });

  it("leaves a table that is k-anonymous already as it is, a blank counting as a value of its own", () => {
    const rows: Cell[][] = [
      [null, "a"],
      [null, "a"],
      ["x", "a"],
      ["x", "a"],
      ["x", null],
      ["x", null],
    ];
    const { rows: out, result } = kAnonymizeRows(rows, 2, null);
    expect(out).toEqual(rows);
    expect(result).toEqual({ ok: true, recordsAffected: 0, cellsBlanked: 0, blankedPerColumn: [0, 0] });
  });

  it("does not count a blank as any other value: a record with a blank must find k − 1 like it", () => {
    // [blank, "a"] is alone. The first column splits: x is held by 3, the rest (the blank) by 1,
    // so it borrows one x record (the first, all being alike) and that pair loses the column.
    const { rows: out, result } = kAnonymizeRows(
      [
        [null, "a"],
        ["x", "a"],
        ["x", "a"],
        ["x", "a"],
      ],
      2,
      null,
    );
    expect(out).toEqual([
      [null, "a"],
      [null, "a"],
      ["x", "a"],
      ["x", "a"],
    ]);
    expect(result).toEqual({ ok: true, recordsAffected: 1, cellsBlanked: 1, blankedPerColumn: [1, 0] });
  });

  it("blanks a whole column when no split is possible: every value of it is unique", () => {
    const rows: Cell[][] = [1, 2, 3, 4, 5, 6].map((n) => [n, "zelfde"]);
    const { rows: out, result } = kAnonymizeRows(rows, 3, null);
    expect(out).toEqual(Array(6).fill([null, "zelfde"]));
    expect(result).toEqual({ ok: true, recordsAffected: 6, cellsBlanked: 6, blankedPerColumn: [6, 0] });
  });

  it("blanks the columns of a group together, so a ranking's kept positions do not give the blanked away", () => {
    const rows: Cell[][] = [
      [1, 2, 3],
      [1, 3, 2],
    ];
    expect(kAnonymizeRows(rows, 2, null).rows).toEqual([
      [1, null, null],
      [1, null, null],
    ]);
    expect(kAnonymizeRows(rows, 2, null, { groups: [7, 7, 7] }).rows).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it("refuses fewer than k records in all, and accepts an empty table", () => {
    const few: Cell[][] = [
      ["a", 1],
      ["a", 1],
      ["a", 1],
      ["a", 1],
    ];
    expect(kAnonymizeRows(few, 5, null).result).toEqual({ ok: false, reason: "fewer-than-k", rows: 4, k: 5 });
    expect(kAnonymizeRows([], 5, null).result).toEqual({
      ok: true,
      recordsAffected: 0,
      cellsBlanked: 0,
      blankedPerColumn: [],
    });
  });

  it("exactly k identical records stay as they are; k records that differ are made equal", () => {
    const same: Cell[][] = Array(5).fill(["a", 1]);
    expect(kAnonymizeRows(same, 5, null).rows).toEqual(same);
    const differ: Cell[][] = [
      ["a", 1],
      ["a", 2],
      ["a", 3],
      ["b", 1],
      ["a", 1],
    ];
    expect(kAnonymizeRows(differ, 5, null).rows).toEqual(Array(5).fill([null, null]));
  });

  it("treats an empty string as the blank it stands for", () => {
    const { rows: out } = kAnonymizeRows(
      [
        ["", "a"],
        [null, "a"],
      ],
      2,
      null,
    );
    expect(out).toEqual([
      [null, "a"],
      [null, "a"],
    ]);
  });

  it("on random tables always gives classes of at least k, only by blanking, and counts what it blanked", () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const random = generator(seed);
      const k = 2 + random(6);
      const columns = 1 + random(12);
      const rowCount = random(4) === 0 ? k + random(k) : k + random(150);
      const spread = Array.from({ length: columns }, () => 1 + random(8));
      const rows: Cell[][] = Array.from({ length: rowCount }, () =>
        spread.map((values) => {
          const value = random(values + 1);
          return value === 0 ? null : `v${value}`;
        }),
      );
      const groups = Array.from({ length: columns }, (_, c) => (c < 3 ? 0 : c));
      const { rows: out, result } = kAnonymizeRows(rows, k, null, { groups });
      if (!result.ok) throw new Error(`seed ${seed}: refused`);
      expect(Math.min(...classSizes(out)), `seed ${seed}`).toBeGreaterThanOrEqual(k);
      let blanked = 0;
      const affected = new Set<number>();
      for (const [r, row] of out.entries())
        for (const [c, cell] of row.entries()) {
          if (cell === rows[r][c]) continue;
          expect(cell, `seed ${seed}`).toBeNull();
          blanked += 1;
          affected.add(r);
        }
      expect(result.cellsBlanked).toBe(blanked);
      expect(result.recordsAffected).toBe(affected.size);
      // The first three columns are a group: in every record all three are blanked or none was.
      for (const [r, row] of out.entries()) {
        const lost = [0, 1, 2].filter((c) => c < columns && rows[r][c] !== null && row[c] === null);
        if (lost.length > 0)
          expect(
            [0, 1, 2].filter((c) => c < columns).every((c) => row[c] === null),
            `seed ${seed}`,
          ).toBe(true);
      }
    }
  });

  it("handles thousands of records with many columns in moments, blanking only part of the cells", () => {
    // 3,000 records, a district and 39 answers that follow it 8 times in 10: with that much noise
    // nearly every record is unique at first, so much must go, but not everything.
    const random = generator(42);
    const rows: Cell[][] = Array.from({ length: 3000 }, () => {
      const district = random(4);
      return Array.from({ length: 40 }, (_, c) =>
        c === 0 ? `wijk ${district}` : random(10) < 8 ? `a${(district + c) % 3}` : `b${random(5)}`,
      );
    });
    expect(Math.max(...classSizes(rows))).toBeLessThan(5);
    const started = performance.now();
    const { rows: out, result } = kAnonymizeRows(rows, 5, null);
    expect(performance.now() - started).toBeLessThan(5000);
    if (!result.ok) throw new Error("refused");
    expect(Math.min(...classSizes(out))).toBeGreaterThanOrEqual(5);
    expect(result.cellsBlanked).toBeLessThan(0.65 * 3000 * 40);
    // The district, held by about 750 records each, is kept for most of them.
    expect(result.blankedPerColumn[0]).toBeLessThan(600);
  });
});
