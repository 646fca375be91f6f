import { describe, expect, it } from "vitest";
import { buildPublication } from "./publication-build";
import {
  likert,
  openQuestion,
  rating,
  results,
  singleChoice,
  source,
  withBreakdown,
} from "./publication-test-fixtures";
import type {
  PublishedChoiceTable,
  PublishedLikertTable,
  PublishedNumericTable,
  PublishedResults,
} from "./publication-types";

const choiceTable = (snapshot: PublishedResults, index = 0) =>
  snapshot.questions[index]?.table as PublishedChoiceTable;
const counts = (table: PublishedChoiceTable) => table.rows.map((r) => r.cell.count);
const reasons = (table: PublishedChoiceTable) => table.rows.map((r) => r.cell.suppressed);

/** Every object in the snapshot that is marked suppressed, wherever it sits. */
function suppressedCells(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const item of value) suppressedCells(item, out);
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record.suppressed) out.push(record);
    for (const child of Object.values(record)) suppressedCells(child, out);
  }
  return out;
}

describe("overall tables", () => {
  it("shows a cell below k as suppressed, and hides a complement so the total cannot give it away", () => {
    // 100 answered: 40, 30, 3, 27. The 3 is below k = 5; with n = 100 published, 100 − 40 − 30 − 27
    // would give it back, so the smallest other cell (27) is hidden too.
    const snapshot = buildPublication(source(results([singleChoice("q1", [40, 30, 3, 27])])));
    const table = choiceTable(snapshot);
    expect(snapshot.questions[0]?.answered).toBe(100);
    expect(counts(table)).toEqual([40, 30, null, null]);
    expect(reasons(table)).toEqual([false, false, "small", "complement"]);
    // What a reader can work out: the two hidden cells together (30), not either one.
    expect(100 - 40 - 30).toBe(30);
    expect(table.rows.map((r) => r.cell.percent)).toEqual([40, 30, null, null]);
    expect(table.percentBase).toBe("valid");
  });

  it("gives a single small cell exactly one complement, and leaves a table without small cells alone", () => {
    const one = choiceTable(buildPublication(source(results([singleChoice("q1", [50, 46, 4])]))));
    expect(reasons(one)).toEqual([false, "complement", "small"]);
    const none = choiceTable(buildPublication(source(results([singleChoice("q1", [50, 45, 5, 0])]))));
    expect(reasons(none)).toEqual([false, false, false, false]);
    // An empty cell describes nobody: it is shown as 0.
    expect(counts(none)).toEqual([50, 45, 5, 0]);
  });

  it("removes the percentages of hidden cells, and shares of the valid answers when those would reveal 'weet niet'", () => {
    // 97 answered: 50, 45 and "weet niet" 2. Hiding 2 and 45 leaves 50 shown; 50 as a share of the
    // 95 valid answers would give 95, and 97 − 95 = 2: so every share is of all 97 answers.
    const table = choiceTable(
      buildPublication(source(results([singleChoice("q1", [50, 45], { dontKnow: 2 })]))),
    );
    expect(table.dontKnow?.cell).toEqual({ count: null, percent: null, suppressed: "small" });
    expect(table.rows[1]?.cell).toEqual({ count: null, percent: null, suppressed: "complement" });
    expect(table.percentBase).toBe("answered");
    expect(table.rows[0]?.cell.percent).toBe(51.5);
  });

  it("hides weighted percentages of hidden cells too", () => {
    const q = singleChoice("q1", [40, 30, 3, 27]);
    if (q.figures.kind !== "choice") throw new Error("fixture");
    for (const option of q.figures.options) option.weighted = { value: 25, marginOfError: 3 };
    const table = choiceTable(buildPublication(source(results([q]))));
    expect(table.rows.map((r) => r.cell.weightedPercent)).toEqual([25, 25, null, null]);
  });

  it("withholds a conditional question when fewer than k did not see it (its n would reveal them)", () => {
    const q = singleChoice("q1", [60, 37], { respondents: 100, notShown: 3 });
    const snapshot = buildPublication(source(results([q])));
    expect(snapshot.questions[0]).toMatchObject({ answered: null, table: { kind: "withheld" } });
    const shown = buildPublication(
      source(results([singleChoice("q1", [60, 30], { respondents: 100, notShown: 10 })])),
    );
    expect(shown.questions[0]).toMatchObject({ answered: 90, table: { kind: "choice" } });
  });

  it("publishes open questions only as quotes, with the question's number", () => {
    const overall = results([singleChoice("q1", [10, 10]), openQuestion("q9", 20, 7)]);
    const snapshot = buildPublication(
      source(overall, {
        quotes: [{ questionId: "q9", questionText: "Open vraag q9", text: "Meer bankjes in [naam]." }],
      }),
    );
    expect(snapshot.questions.map((q) => q.questionId)).toEqual(["q1"]);
    expect(snapshot.quotes).toEqual([
      { questionId: "q9", questionNumber: 7, questionText: "Open vraag q9", text: "Meer bankjes in [naam]." },
    ]);
  });

  it("protects each Likert statement apart, and shows its n only when the shown cells give it anyway", () => {
    // 60 answered the grid. Statement 1: 30, 20, 8 and "weet niet" 2 (so 60). Statement 2: 25, 25, 9
    // and no "weet niet": one person answered the grid but left this statement out.
    const q = likert("g1", 60, [
      { scale: [30, 20, 8], dontKnow: 2 },
      { scale: [25, 25, 9], dontKnow: 0 },
    ]);
    const table = buildPublication(source(results([q]))).questions[0]?.table as PublishedLikertTable;
    const [first, second] = table.statements;
    expect(first?.cells.map((c) => c.suppressed)).toEqual([false, false, "complement"]);
    expect(first?.dontKnow?.suppressed).toBe("small");
    expect(first?.percentBase).toBe("answered");
    expect(first?.valid).toEqual({ count: null, percent: null, suppressed: "complement" });
    expect(first?.cells[0]?.percent).toBe(50);
    // Leaving a statement out says nothing about anyone: nothing is hidden for that one.
    expect(second?.cells.map((c) => c.count)).toEqual([25, 25, 9]);
    expect(second?.dontKnow).toEqual({ count: 0, percent: 0, suppressed: false });
    expect(second?.percentBase).toBe("valid");
    expect(second?.valid.count).toBe(59);
  });

  it("merges rare ratings into bands, so the mean can be shown beside a distribution with nothing hidden", () => {
    const snapshot = buildPublication(source(results([rating("r1", [1, 0, 2, 1, 3, 5, 10, 20, 30, 15, 3])])));
    const table = snapshot.questions[0]?.table as PublishedNumericTable;
    expect(table.bands.map((b) => [b.from, b.to, b.cell.count])).toEqual([
      [0, 4, 7],
      [5, 5, 5],
      [6, 6, 10],
      [7, 7, 20],
      [8, 8, 30],
      [9, 10, 18],
    ]);
    expect(table.bands.every((b) => b.cell.suppressed === false)).toBe(true);
    // (2·2 + 3 + 4·3 + 5·5 + 6·10 + 7·20 + 8·30 + 9·15 + 10·3) / 90 = 649 / 90
    expect(table.mean).toBe(7.2);
  });

  it("hides the mean of fewer than k answers", () => {
    const table = buildPublication(source(results([rating("r1", [0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0])])))
      .questions[0]?.table as PublishedNumericTable;
    expect(table.mean).toBeNull();
    expect(table.bands.map((b) => b.cell.count)).toEqual([null]);
  });
});

describe("breakdowns", () => {
  const overall = results([singleChoice("q1", [40, 30, 3, 27])]);
  const district = withBreakdown("district", overall, [
    { value: "Centrum", questions: [singleChoice("q1", [20, 15, 3, 12])] },
    { value: "Noord", questions: [singleChoice("q1", [18, 13, 0, 15])] },
    { value: "Zuid", questions: [singleChoice("q1", [2, 2, 0, 0])] },
  ]);

  it("gives a group smaller than k no breakdown at all, and hides one more so overall − the rest cannot", () => {
    const snapshot = buildPublication(source(overall, { breakdowns: [district] }));
    const groups = snapshot.breakdowns[0]?.groups ?? [];
    expect(groups.map((g) => [g.value, g.withheld, g.respondents])).toEqual([
      ["Centrum", false, 50],
      ["Noord", true, null],
      ["Zuid", true, null],
    ]);
    expect(groups[1]?.questions).toEqual([]);
    expect(groups[2]?.questions).toEqual([]);
  });

  it("keeps a cell hidden overall unrecoverable from the groups", () => {
    const breakdown = withBreakdown("district", overall, [
      { value: "Centrum", questions: [singleChoice("q1", [20, 15, 3, 12])] },
      { value: "Noord", questions: [singleChoice("q1", [20, 15, 0, 15])] },
    ]);
    const snapshot = buildPublication(source(overall, { breakdowns: [breakdown] }));
    const [centrum, noord] = (snapshot.breakdowns[0]?.groups ?? []).map(
      (g) => g.questions[0]?.table as PublishedChoiceTable,
    );
    expect(reasons(choiceTable(snapshot))).toEqual([false, false, "small", "complement"]);
    // Overall the 3 (c) and the 27 (d) are hidden. Were both groups' d shown, their sum would give
    // d overall, and 100 − 40 − 30 − d would give c: so at least one group hides d as well.
    const hiddenD = [centrum, noord].filter((t) => t?.rows[3]?.cell.suppressed).length;
    expect(hiddenD).toBeGreaterThanOrEqual(1);
    expect(centrum?.rows[2]?.cell.suppressed).toBe("small");
    // Within each group no line is left with exactly one hidden cell.
    for (const table of [centrum, noord]) {
      expect(table?.rows.filter((r) => r.cell.suppressed).length).not.toBe(1);
    }
  });

  it("withholds a conditional question in a group where fewer than k did not see it, and in one more", () => {
    // 150 respondents, 120 saw and answered the question. Not shown: Centrum 2, Noord 18, Zuid 10.
    const q = (counts: number[], respondents: number, notShown: number) =>
      singleChoice("q1", counts, { respondents, notShown });
    const total = results([q([60, 60], 150, 30)]);
    const breakdown = withBreakdown("district", total, [
      { value: "Centrum", questions: [q([24, 24], 50, 2)] },
      { value: "Noord", questions: [q([16, 16], 50, 18)] },
      { value: "Zuid", questions: [q([20, 20], 50, 10)] },
    ]);
    const snapshot = buildPublication(source(total, { breakdowns: [breakdown] }));
    expect(snapshot.questions[0]?.answered).toBe(120);
    const groups = snapshot.breakdowns[0]?.groups ?? [];
    expect(groups.map((g) => [g.withheld, g.questions[0]?.answered, g.questions[0]?.table.kind])).toEqual([
      [false, null, "withheld"],
      [false, 32, "choice"],
      [false, null, "withheld"],
    ]);
  });

  it("never stores a hidden number, and survives a JSON round trip unchanged", () => {
    const snapshot = buildPublication(source(overall, { breakdowns: [district] }));
    const hidden = suppressedCells(snapshot);
    expect(hidden.length).toBeGreaterThan(0);
    for (const cell of hidden) {
      if ("count" in cell) expect(cell.count).toBeNull();
      if ("percent" in cell) expect(cell.percent).toBeNull();
      if ("responses" in cell) expect(cell.responses).toBeNull();
    }
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe("method", () => {
  it("hides a channel's responses below k with a complement, and keeps the rest of the method", () => {
    const overall = results([singleChoice("q1", [50, 50])]);
    const snapshot = buildPublication(
      source(overall, {
        channels: [
          { channel: "public", invited: null, responses: 80 },
          { channel: "panel", invited: 40, responses: 18 },
          { channel: "staff", invited: null, responses: 2 },
        ],
      }),
    );
    expect(snapshot.method.channels).toEqual([
      { channel: "public", invited: null, responses: 80, responseRate: null, suppressed: false },
      { channel: "panel", invited: 40, responses: null, responseRate: null, suppressed: "complement" },
      { channel: "staff", invited: null, responses: null, responseRate: null, suppressed: "small" },
    ]);
    expect(snapshot.method).toMatchObject({
      respondents: 100,
      suppression: { ruleKey: "minCellSize", k: 5 },
      breakdownsOneAtATime: true,
      // 1.96 · √(0.25 / 100) = 9.8 percentage points.
      marginOfError: 9.8,
      fieldwork: { from: "2026-03-01T08:00:00.000Z", to: "2026-03-31T20:00:00.000Z" },
    });
  });

  it("gives the margin of a weighted percentage from the Kish effective n", () => {
    const overall = {
      ...results([singleChoice("q1", [50, 50])]),
      weighting: {
        method: "raking" as const,
        weightedRespondents: 80,
        effectiveN: 64,
        iterations: 6,
        converged: true,
        minWeight: 0.5,
        maxWeight: 2.4,
        trimmed: 0,
        source: "demo-cijfers",
      },
    };
    const { method } = buildPublication(source(overall));
    // 1.96 · √(0.25 / 64) = 12.2 percentage points; all 100 respondents unweighted: 9.8.
    expect(method.weighting).toEqual({
      method: "raking",
      weightedRespondents: 80,
      effectiveN: 64,
      source: "demo-cijfers",
      marginOfError: 12.2,
    });
    expect(method.marginOfError).toBe(9.8);
  });

  it("never uses a k below 3", () => {
    expect(buildPublication(source(results([singleChoice("q1", [2, 2, 6])]), { k: 1 })).k).toBe(3);
  });
});
