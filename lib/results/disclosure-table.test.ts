import { describe, expect, it } from "vitest";
import {
  isPrimarySuppressed,
  type SuppressionResult,
  suppressGroups,
  suppressTable,
  suppressVector,
} from "./disclosure";
import { auditPublishedTable, type PublishedFigure, type Recovered } from "./disclosure-audit";

type Publication = { counts: number[][]; k: number; overall: SuppressionResult; columnsAddUp: boolean };

/**
 * Suppress a breakdown the way a publisher does: the overall figures per option first (their own
 * table, total published), then the breakdown with those row totals shown or kept hidden; and
 * return what a reader then sees, for the audit.
 */
function publish({ counts, k, overall, columnsAddUp }: Publication) {
  const rowSums = counts.map((row) => row.reduce((sum, c) => sum + c, 0));
  const columnSums = (counts[0] ?? []).map((_, j) =>
    counts.reduce((sum, row) => sum + (row[j] as number), 0),
  );
  const result = suppressTable(counts, k, {
    rowTotals: overall.suppressed.map((hidden) => !hidden),
    columnTotals: columnsAddUp,
  });
  const hiddenGroups = suppressGroups(columnSums, k, true);
  const figure = (value: number, hidden: boolean, primary: boolean): PublishedFigure =>
    !hidden ? value : primary ? "small" : "hidden";
  const view = {
    cells: counts.map((row, i) =>
      row.map((c, j) => figure(c, result.suppressed[i]?.[j] as boolean, result.primary[i]?.[j] as boolean)),
    ),
    rowTotals: rowSums.map((sum, i) =>
      figure(sum, overall.suppressed[i] as boolean, overall.primary[i] as boolean),
    ),
    columnTotals: columnsAddUp
      ? columnSums.map((sum, j) => figure(sum, hiddenGroups[j] as boolean, false))
      : null,
    grandTotal: rowSums.reduce((sum, s) => sum + s, 0),
  };
  return { result, view };
}

function publishWithOverall(counts: number[][], k: number, columnsAddUp = true) {
  const overall = suppressVector(
    counts.map((row) => row.reduce((sum, c) => sum + c, 0)),
    k,
    true,
  );
  return publish({ counts, k, overall, columnsAddUp });
}

function describeRecovered(recovered: Recovered[]): string {
  return recovered.map((r) => `${JSON.stringify(r.figure)}=${r.value} by ${r.by}`).join("; ");
}

describe("suppression of a breakdown table", () => {
  it("hides small cells and a complement in every row and column they are in", () => {
    // Rows: Ja / Nee / Weet niet; columns: three districts.
    const counts = [
      [20, 14, 31],
      [2, 17, 9],
      [11, 8, 16],
    ];
    const { result, view } = publishWithOverall(counts, 5);
    expect(result.primary).toEqual([
      [false, false, false],
      [true, false, false],
      [false, false, false],
    ]);
    // The 2 needs a partner in its row and in its column, and those partners need partners too.
    for (const [i, j] of [
      [1, 0],
      [1, 2],
      [2, 0],
      [2, 2],
    ] as const) {
      expect(result.suppressed[i]?.[j], `cell ${i},${j}`).toBe(true);
    }
    expect(result.suppressed.flat().filter(Boolean)).toHaveLength(4);
    expect(auditPublishedTable(view, 5)).toEqual([]);
  });

  it("does not let a published total reveal a hidden cell (the audit finds it with primary suppression only)", () => {
    const counts = [
      [20, 14, 31],
      [2, 17, 9],
      [11, 8, 16],
    ];
    const naive: PublishedFigure[][] = counts.map((row) =>
      row.map((c) => (isPrimarySuppressed(c, 5) ? "small" : c)),
    );
    const recovered = auditPublishedTable(
      {
        cells: naive,
        rowTotals: counts.map((row) => row.reduce((s, c) => s + c, 0)),
        columnTotals: [33, 39, 56],
        grandTotal: 128,
      },
      5,
    );
    // Row total 28 − 17 − 9 = 2.
    expect(recovered).toEqual([{ figure: { kind: "cell", row: 1, column: 0 }, value: 2, by: "subtraction" }]);
  });

  it("gives a group smaller than k no breakdown, and hides the next smallest group with it", () => {
    // District C has 4 respondents: its column goes, and so does D (12), the next smallest, since
    // the overall figures minus A and B would otherwise give C.
    const counts = [
      [20, 14, 3, 7],
      [12, 19, 1, 5],
    ];
    const { result, view } = publishWithOverall(counts, 5);
    expect(result.suppressedColumns).toEqual([false, false, true, true]);
    expect(result.suppressed.map((row) => [row[2], row[3]])).toEqual([
      [true, true],
      [true, true],
    ]);
    // No per-cell "< k" inside a group with no breakdown: nothing about it is shown.
    expect(result.primary.map((row) => row[2])).toEqual([false, false]);
    expect(result.suppressed.map((row) => [row[0], row[1]])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(auditPublishedTable(view, 5)).toEqual([]);
  });

  it("uses the given group sizes for the group rule (multiple choice: options do not add up)", () => {
    // 4 people in group C ticked 6 options between them: the column sums 6, yet the group has 4.
    // C goes, and B (12, the next smallest) with it, so overall − A − B cannot give C.
    const counts = [
      [12, 9, 3],
      [9, 8, 3],
    ];
    const result = suppressTable(counts, 5, {
      rowTotals: true,
      columnTotals: false,
      columnSizes: [15, 12, 4],
    });
    expect(result.suppressedColumns).toEqual([false, true, true]);
  });

  it("hides one more cell where only a combination of totals would give a hidden one away", () => {
    // Small cells in two separate 2×2 blocks, joined by one small cell at row 0, column 2. Every
    // row and column then holds 0 or at least 2 hidden cells — the singleton rule is satisfied —
    // yet (rows 0 + 1) − (columns 0 + 1) leaves exactly the joining cell.
    const counts = [
      [1, 2, 3, 20, 30],
      [3, 4, 25, 22, 31],
      [40, 41, 2, 3, 33],
      [24, 27, 4, 2, 29],
      [35, 36, 37, 38, 39],
    ];
    const primaryOnly = counts.map((row) => row.map((c) => (isPrimarySuppressed(c, 5) ? "small" : c)));
    const view = {
      cells: primaryOnly as PublishedFigure[][],
      rowTotals: counts.map((row) => row.reduce((s, c) => s + c, 0)),
      columnTotals: counts[0]?.map((_, j) => counts.reduce((s, row) => s + (row[j] as number), 0)) ?? [],
      grandTotal: counts.flat().reduce((s, c) => s + c, 0),
    };
    expect(auditPublishedTable(view, 5).map((r) => [r.figure, r.value, r.by])).toContainEqual([
      { kind: "cell", row: 0, column: 2 },
      3,
      "combination",
    ]);

    const { result, view: published } = publishWithOverall(counts, 5);
    expect(result.suppressed.flat().filter(Boolean).length).toBeGreaterThan(9);
    expect(auditPublishedTable(published, 5)).toEqual([]);
  });

  it("keeps an overall figure that is hidden unrecoverable from the breakdown", () => {
    // Overall: option B has 3 people (hidden), and C (9) is its complement. Without care the
    // breakdown would show B's groups (0 and 3 → "< 5") and C's (4 and 5), and 4 + 5 = 9.
    const counts = [
      [30, 25],
      [0, 3],
      [4, 5],
    ];
    const overall = suppressVector([55, 3, 9], 5, true);
    expect(overall.suppressed).toEqual([false, true, true]);
    const { result, view } = publish({ counts, k: 5, overall, columnsAddUp: true });
    expect(result.suppressed[2]?.some(Boolean)).toBe(true);
    expect(auditPublishedTable(view, 5)).toEqual([]);
  });

  it("survives the audit on 400 random tables (seeded), with and without column totals", () => {
    let seed = 20260514;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    let checked = 0;
    for (let run = 0; run < 400; run += 1) {
      const k = [3, 5, 5, 10][run % 4] as number;
      const rows = 2 + Math.floor(next() * 5);
      const columns = 2 + Math.floor(next() * 5);
      // Skewed counts: many small cells and zeros, some large ones, as in real breakdowns.
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => Math.floor(Math.exp(next() * 4)) - 1),
      );
      const columnsAddUp = run % 3 !== 0;
      const { result, view } = publishWithOverall(counts, k, columnsAddUp);
      const hiddenGroups = suppressGroups(
        (counts[0] ?? []).map((_, j) => counts.reduce((sum, row) => sum + (row[j] as number), 0)),
        k,
        true,
      );
      counts.forEach((row, i) => {
        row.forEach((c, j) => {
          if (isPrimarySuppressed(c, k) || hiddenGroups[j]) expect(result.suppressed[i]?.[j]).toBe(true);
        });
      });
      // A hidden 0 worked out tells no more than a shown 0: nobody is in it.
      const recovered = auditPublishedTable(view, k).filter((r) => r.value > 0);
      expect(recovered, `table ${JSON.stringify(counts)} k ${k}: ${describeRecovered(recovered)}`).toEqual(
        [],
      );
      checked += 1;
    }
    expect(checked).toBe(400);
  });
});
