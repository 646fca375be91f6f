import { describe, expect, it } from "vitest";
import { parseCsv, writeCsv } from "@/lib/panel/csv";
import { buildPublication } from "./publication-build";
import { results, singleChoice, source, withBreakdown } from "./publication-test-fixtures";
import { type DownloadLabels, publicationTableRows, withDecimalSign } from "./table-downloads";

const labels: DownloadLabels = {
  columns: [
    "Nr",
    "Vraag",
    "Stelling",
    "Uitsplitsing",
    "Groep",
    "Antwoord",
    "Aantal",
    "Procent",
    "Gewogen",
    "Waarde",
  ],
  overall: "Totaal",
  small: "< 5",
  complement: "x",
  withheld: "niet gepubliceerd",
  dontKnow: "Weet niet",
  other: "Anders",
  answered: "Aantal antwoorden",
  mean: "Gemiddelde",
  median: "Mediaan",
  weightedMean: "Gewogen gemiddelde",
  meanPosition: "Gemiddelde plaats",
  rankedFirst: (label) => `Op 1: ${label}`,
  band: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  dimension: (dimension) => (dimension === "district" ? "Wijk" : dimension),
  group: (_dimension, _value, label) => label,
};

describe("publicationTableRows", () => {
  it("writes the overall figures, a hidden cell as its mark and never its number, and each group", () => {
    const overall = results([singleChoice("q1", [40, 30, 3, 27], { number: 4 })]);
    const breakdown = withBreakdown("district", overall, [
      { value: "Centrum", questions: [singleChoice("q1", [20, 15, 3, 12], { number: 4 })] },
      { value: "Noord", questions: [singleChoice("q1", [18, 13, 0, 15], { number: 4 })] },
      { value: "Zuid", questions: [singleChoice("q1", [2, 2, 0, 0], { number: 4 })] },
    ]);
    const rows = publicationTableRows(buildPublication(source(overall, { breakdowns: [breakdown] })), labels);
    expect(rows[0]).toEqual(labels.columns);
    expect(rows.slice(1, 6)).toEqual([
      [4, "Vraag q1", "", "Totaal", "", "Aantal antwoorden", 100, "", "", ""],
      [4, "Vraag q1", "", "Totaal", "", "Optie A", 40, 40, "", ""],
      [4, "Vraag q1", "", "Totaal", "", "Optie B", 30, 30, "", ""],
      [4, "Vraag q1", "", "Totaal", "", "Optie C", "< 5", "< 5", "", ""],
      [4, "Vraag q1", "", "Totaal", "", "Optie D", "x", "x", "", ""],
    ]);
    expect(rows.filter((r) => r[4] === "Centrum").map((r) => r[6])).toEqual([50, 20, 15, "< 5", "x"]);
    expect(rows.filter((r) => r[4] === "Zuid")).toEqual([
      ["", "", "", "Wijk", "Zuid", "niet gepubliceerd", "", "", "", ""],
    ]);
    // The hidden 3 and 27 appear nowhere.
    expect(rows.flat()).not.toContain(3);
    expect(rows.flat()).not.toContain(27);
  });

  it("writes decimals with the reader's decimal sign", () => {
    expect(withDecimalSign([[64.3, "Optie", null, 12, -3]], ",")).toEqual([["64,3", "Optie", null, 12, -3]]);
    expect(withDecimalSign([[64.3]], ".")).toEqual([[64.3]]);
  });
});

describe("the CSV of the published tables", () => {
  it("neutralizes cells a spreadsheet would run as a formula, and reads back as the published numbers", () => {
    const q = singleChoice("q1", [60, 40], { number: 1 });
    q.text = '=HYPERLINK("http://example.org")';
    if (q.figures.kind !== "choice") throw new Error("fixture");
    q.figures.options[0] = {
      ...(q.figures.options[0] as (typeof q.figures.options)[0]),
      label: "+31 6 1234",
    };
    q.figures.options[1] = { ...(q.figures.options[1] as (typeof q.figures.options)[0]), label: "@SUM(A1)" };
    const rows = publicationTableRows(buildPublication(source(results([q]))), labels);
    const csv = writeCsv(withDecimalSign(rows, ","), { delimiter: ";", bom: true });
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error("unreadable CSV");
    const records = parsed.records.map((r) => r.fields);
    expect(records[1]?.[1]).toBe('\'=HYPERLINK("http://example.org")');
    expect(records[2]?.slice(5, 8)).toEqual(["'+31 6 1234", "60", "60"]);
    expect(records[3]?.slice(5, 8)).toEqual(["'@SUM(A1)", "40", "40"]);
    for (const value of records.flat()) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });
});
