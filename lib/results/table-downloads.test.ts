import { describe, expect, it } from "vitest";
import { parseCsv, writeCsv } from "@/lib/csv/csv";
import { buildPublication } from "./publication-build";
import { panelSurvey, results, singleChoice, source } from "./publication-test-fixtures";
import { publicationTableRows, withDecimalSign } from "./table-downloads";
import { testDownloadLabels } from "./table-downloads-test-support";

const labels = testDownloadLabels;

describe("publicationTableRows", () => {
  it("writes the overall figures, a hidden cell as its mark and never its number, and each group", async () => {
    // Overall 40, 30, 3, 27: the open link 15, 12, 1, 12; Centrum 12, 9, 2, 7; Noord 8, 9, 0, 8; Zuid
    // (3, under k) and 2 panel members of unknown district all chose A.
    const q = (counts: number[]) => [singleChoice("q1", counts, { number: 4 })];
    const survey = panelSurvey({
      public: q([15, 12, 1, 12]),
      panel: {
        district: [
          { value: "Centrum", questions: q([12, 9, 2, 7]) },
          { value: "Noord", questions: q([8, 9, 0, 8]) },
          { value: "Zuid", questions: q([3, 0, 0, 0]) },
          { value: "", questions: q([2, 0, 0, 0]) },
        ],
      },
    });
    const snapshot = await buildPublication(source(survey.overall, { breakdowns: survey.breakdowns }));
    const rows = publicationTableRows(snapshot, labels);
    expect(rows[0]).toEqual(labels.columns);
    expect(rows.slice(1, 6)).toEqual([
      [4, "Vraag q1", "", "Totaal", "", "Aantal antwoorden", 100, "", "", ""],
      [4, "Vraag q1", "", "Totaal", "", "Optie A", 40, 40, "", ""],
      [4, "Vraag q1", "", "Totaal", "", "Optie B", 30, 30, "", ""],
      [4, "Vraag q1", "", "Totaal", "", "Optie C", "x", "x", "", ""],
      [4, "Vraag q1", "", "Totaal", "", "Optie D", "x", "x", "", ""],
    ]);
    expect(rows.filter((r) => r[4] === "Centrum").map((r) => [r[6], r[7]])).toEqual([
      [30, ""],
      [12, 40],
      [9, 30],
      ["x", "x"],
      ["x", "x"],
    ]);
    expect(rows.filter((r) => r[4] === "Zuid")).toEqual([
      ["", "", "", "Wijk", "Zuid", "niet gepubliceerd", "", "", "", ""],
    ]);
    // The unknown district is never a group of its own.
    expect(rows.some((r) => r[3] === "Wijk" && r[4] === "")).toBe(false);
    // Every hidden cell of the snapshot is a mark in the rows, count and percentage alike, and the
    // hidden overall 3 and 27 appear nowhere.
    const hiddenInSnapshot = JSON.stringify(snapshot).match(/"suppressed":"hidden"/g)?.length ?? 0;
    expect(rows.filter((r) => r[6] === "x" && r[7] === "x").length).toBe(hiddenInSnapshot);
    expect(rows.flat()).not.toContain(3);
    expect(rows.flat()).not.toContain(27);
  });

  it("writes a hidden number of answers as the mark", async () => {
    // 3 of 100 did not see the question: who answered it (97) is hidden, or it would count them.
    const q = singleChoice("q1", [60, 37], { respondents: 100, notShown: 3, number: 2 });
    const snapshot = await buildPublication(source(results([q])));
    expect(snapshot.questions[0]?.answered).toBeNull();
    const rows = publicationTableRows(snapshot, labels);
    expect(rows[1]).toEqual([2, "Vraag q1", "", "Totaal", "", "Aantal antwoorden", "x", "", "", ""]);
    expect(rows.flat()).not.toContain(97);
    // Beside a hidden base no option has a percentage: each is the mark, or empty beside a shown count.
    const options = rows.filter((r) => r[3] === "Totaal" && String(r[5]).startsWith("Optie"));
    expect(options.map((r) => (r[6] === "x" ? r[7] === "x" : r[7] === null))).toEqual([true, true]);
  });

  it("writes decimals with the reader's decimal sign", () => {
    expect(withDecimalSign([[64.3, "Optie", null, 12, -3]], ",")).toEqual([["64,3", "Optie", null, 12, -3]]);
    expect(withDecimalSign([[64.3]], ".")).toEqual([[64.3]]);
  });
});

describe("the CSV of the published tables", () => {
  it("neutralizes cells a spreadsheet would run as a formula, and reads back as the published numbers", async () => {
    const q = singleChoice("q1", [60, 40], { number: 1 });
    q.text = '=HYPERLINK("http://example.org")';
    if (q.figures.kind !== "choice") throw new Error("fixture");
    q.figures.options[0] = {
      ...(q.figures.options[0] as (typeof q.figures.options)[0]),
      label: "+31 6 1234",
    };
    q.figures.options[1] = { ...(q.figures.options[1] as (typeof q.figures.options)[0]), label: "@SUM(A1)" };
    const rows = publicationTableRows(await buildPublication(source(results([q]))), labels);
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
