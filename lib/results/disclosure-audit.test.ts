import { describe, expect, it } from "vitest";
import { auditPublishedTable } from "./disclosure-audit";

describe("the audit of a published table (it must catch what a careless publication gives away)", () => {
  it("recovers a lone hidden cell by subtraction, and then what that opens up", () => {
    // Row 0: 30 − 10 − 12 = 8 for the hidden cell; column 0 then has one unknown left: 25 − 8 − 9 = 8.
    const recovered = auditPublishedTable(
      {
        cells: [
          ["hidden", 10, 12],
          ["hidden", "hidden", 20],
          [9, 7, 6],
        ],
        rowTotals: [30, 40, 22],
        columnTotals: [25, 29, 38],
        grandTotal: 92,
      },
      5,
    );
    expect(recovered).toContainEqual({
      figure: { kind: "cell", row: 0, column: 0 },
      value: 8,
      by: "subtraction",
    });
    expect(recovered).toContainEqual({
      figure: { kind: "cell", row: 1, column: 0 },
      value: 8,
      by: "subtraction",
    });
    expect(recovered).toContainEqual({
      figure: { kind: "cell", row: 1, column: 1 },
      value: 12,
      by: "subtraction",
    });
  });

  it("recovers a hidden total from the shown cells of its row", () => {
    expect(
      auditPublishedTable(
        { cells: [[7, 9]], rowTotals: ["hidden"], columnTotals: null, grandTotal: null },
        5,
      ),
    ).toEqual([{ figure: { kind: "rowTotal", row: 0 }, value: 16, by: "subtraction" }]);
  });

  it("recovers by combination what no single row or column gives", () => {
    // The table is [1 2 3 20 / 3 4 25 22 / 40 41 2 3 / 24 27 4 2]. Hidden: the 2×2 blocks at
    // rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3, joined by the cell (0, 2) = 3. Each row and
    // column holds 0 or at least 2 hidden cells, yet rows 0 + 1 minus columns 0 + 1 leave (0, 2):
    // (26 − 20) + (54 − 25 − 22) − (68 − 40 − 24) − (74 − 41 − 27) = 6 + 7 − 4 − 6 = 3.
    const H = "hidden" as const;
    const recovered = auditPublishedTable(
      {
        cells: [
          [H, H, H, 20],
          [H, H, 25, 22],
          [40, 41, H, H],
          [24, 27, H, H],
        ],
        rowTotals: [26, 54, 86, 57],
        columnTotals: [68, 74, 34, 47],
        grandTotal: 223,
      },
      5,
    );
    expect(recovered).toEqual([{ figure: { kind: "cell", row: 0, column: 2 }, value: 3, by: "combination" }]);
  });

  it("recovers by bounds: two '< 5' cells that add up to 8 are both 4", () => {
    const recovered = auditPublishedTable(
      { cells: [["small", "small", 20]], rowTotals: [28], columnTotals: null, grandTotal: null },
      5,
    );
    expect(recovered).toEqual([
      { figure: { kind: "cell", row: 0, column: 0 }, value: 4, by: "bounds" },
      { figure: { kind: "cell", row: 0, column: 1 }, value: 4, by: "bounds" },
    ]);
  });

  it("finds nothing where two hidden cells can trade values", () => {
    expect(
      auditPublishedTable(
        { cells: [["small", "hidden", 20]], rowTotals: [33], columnTotals: null, grandTotal: null },
        5,
      ),
    ).toEqual([]);
  });
});
