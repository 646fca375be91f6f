import { describe, expect, it } from "vitest";
import { attackPublication } from "./publication-attacker-test-support";
import { buildPublication } from "./publication-build";
import { type PublicationBlock, PublicationBlocked } from "./publication-system";
import {
  likert,
  openQuestion,
  panelSurvey,
  rating,
  results,
  singleChoice,
  source,
} from "./publication-test-fixtures";
import type {
  PublicDimension,
  PublishedChoiceTable,
  PublishedLikertTable,
  PublishedNumericTable,
  PublishedResults,
} from "./publication-types";
import { publishWeighting } from "./publication-weighting";
import type { Weighting } from "./types";

const K = 5;
const choiceTable = (snapshot: PublishedResults, index = 0) =>
  snapshot.questions[index]?.table as PublishedChoiceTable;
const counts = (table: PublishedChoiceTable | undefined) => table?.rows.map((r) => r.cell.count);
const percents = (table: PublishedChoiceTable | undefined) => table?.rows.map((r) => r.cell.percent);
const marks = (table: PublishedChoiceTable | undefined) => table?.rows.map((r) => r.cell.suppressed);
const breakdown = (snapshot: PublishedResults, dimension: PublicDimension) =>
  snapshot.breakdowns.find((b) => b.dimension === dimension);
const group = (snapshot: PublishedResults, dimension: PublicDimension, value: string) =>
  breakdown(snapshot, dimension)?.groups.find((g) => g.value === value);
const inGroup = (snapshot: PublishedResults, dimension: PublicDimension, value: string, questionId: string) =>
  group(snapshot, dimension, value)?.questions.find((q) => q.questionId === questionId);

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

async function blockOf(promise: Promise<unknown>): Promise<PublicationBlock> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PublicationBlocked) return error.block;
    throw error;
  }
  throw new Error("expected the publication to be blocked");
}

/**
 * A survey of 67: 30 through the open link, 37 panel members. q1 (two options) and a rating r1
 * (the panel rates 7 or 8). By district: Centrum 24, Noord 8 (its q1 answers 4 and 4, both under
 * k), Zuid 3 (under k), unknown 2. By age: 18-34 15, 35-64 14, 65+ 6, unknown 2 — shown, 18-34
 * and 35-64 would leave 2 panel members outside, so 65+ joins them. By sex: vrouw 20, man 17.
 */
function panelSurveySource() {
  const r = (sevens: number, eights: number) => rating("r1", [0, 0, 0, 0, 0, 0, 0, sevens, eights, 0, 0]);
  const g = (value: string, q1: number[], sevens: number, eights: number) => ({
    value,
    questions: [singleChoice("q1", q1), r(sevens, eights)],
  });
  const survey = panelSurvey({
    // Ratings 6, 7 and 9, ten each: mean 7.33.
    public: [singleChoice("q1", [16, 14]), rating("r1", [0, 0, 0, 0, 0, 0, 10, 10, 0, 10, 0])],
    panel: {
      district: [
        g("Centrum", [12, 12], 12, 12),
        g("Noord", [4, 4], 4, 4),
        g("Zuid", [3, 0], 1, 2),
        g("", [2, 0], 1, 1),
      ],
      age_group: [
        g("18-34", [7, 8], 7, 8),
        g("35-64", [6, 8], 7, 7),
        g("65+", [6, 0], 3, 3),
        g("", [2, 0], 1, 1),
      ],
      sex: [g("vrouw", [11, 9], 10, 10), g("man", [10, 7], 8, 9)],
    },
  });
  return source(survey.overall, {
    breakdowns: survey.breakdowns,
    channels: [
      { channel: "public", invited: null, responses: 30 },
      { channel: "panel", invited: 80, responses: 37 },
    ],
  });
}

describe("overall tables", () => {
  it("hides a cell below k, and hides a complement in its line so the total cannot give it away", async () => {
    // 100 answered: 40, 30, 3, 27. The 3 is below k = 5; with the base 100 printed, 100 − 40 − 30 − 27
    // would give it back, so the smallest other cell (27) is hidden too.
    const snapshot = await buildPublication(source(results([singleChoice("q1", [40, 30, 3, 27])])));
    const table = choiceTable(snapshot);
    expect(snapshot.questions[0]?.answered).toBe(100);
    expect(table.base).toBe(100);
    expect(counts(table)).toEqual([40, 30, null, null]);
    expect(marks(table)).toEqual([false, false, "hidden", "hidden"]);
    expect(table.rows[2]?.cell).toEqual({ count: null, percent: null, suppressed: "hidden" });
    expect(percents(table)).toEqual([40, 30, null, null]);
    expect(table.percentBase).toBe("valid");
    // What a reader can work out: the two hidden cells together (30), not either one.
    expect(await attackPublication(snapshot, K)).toEqual([]);
    // The one channel (the open link) is everyone: its table is the same, hidden the same way.
    const channel = inGroup(snapshot, "channel", "public", "q1")?.table as PublishedChoiceTable;
    expect(counts(channel)).toEqual([40, 30, null, null]);
  });

  it("hides zeros too, so that the mark never tells 'nobody' from 'a few', and leaves a table without small cells alone", async () => {
    const zero = await buildPublication(source(results([singleChoice("q1", [50, 45, 5, 0])])));
    expect(marks(choiceTable(zero))).toEqual([false, false, "hidden", "hidden"]);
    expect(counts(choiceTable(zero))).toEqual([50, 45, null, null]);
    expect(await attackPublication(zero, K)).toEqual([]);

    const none = await buildPublication(source(results([singleChoice("q1", [50, 45, 5])])));
    expect(marks(choiceTable(none))).toEqual([false, false, false]);
    expect(counts(choiceTable(none))).toEqual([50, 45, 5]);
    expect(percents(choiceTable(none))).toEqual([50, 45, 5]);
    expect(none.method.suppression.audit).toMatchObject({ hidden: 0, secondary: 0, passed: true });
  });

  it("prints no percentages when their base is hidden", async () => {
    // 100 answered: 50, 47 and "weet niet" 3. The 3 is hidden; shown beside 97 valid answers of 100 it
    // would be 100 − 97, so the base is hidden as well — and with it every percentage, since a
    // percentage of a shown count gives its base back.
    const snapshot = await buildPublication(source(results([singleChoice("q1", [50, 47], { dontKnow: 3 })])));
    const table = choiceTable(snapshot);
    expect(table.base).toBeNull();
    expect(table.dontKnow?.cell).toEqual({ count: null, percent: null, suppressed: "hidden" });
    expect(percents(table)).toEqual([null, null]);
    expect(table.rows.some((r) => r.cell.count !== null)).toBe(true);
    expect(await attackPublication(snapshot, K)).toEqual([]);
  });

  it("hides weighted percentages of hidden cells too", async () => {
    const q = singleChoice("q1", [40, 30, 3, 27]);
    if (q.figures.kind !== "choice") throw new Error("fixture");
    for (const option of q.figures.options) option.weighted = { value: 25, marginOfError: 3 };
    const table = choiceTable(await buildPublication(source(results([q]))));
    expect(table.rows.map((r) => r.cell.weightedPercent)).toEqual([25, 25, null, null]);
  });

  it("hides who answered a conditional question when fewer than k did not see it (its n would reveal them)", async () => {
    const q = singleChoice("q1", [60, 37], { respondents: 100, notShown: 3 });
    const snapshot = await buildPublication(source(results([q])));
    expect(snapshot.questions[0]?.answered).toBeNull();
    expect(choiceTable(snapshot).base).toBeNull();
    expect(await attackPublication(snapshot, K)).toEqual([]);

    const shown = await buildPublication(
      source(results([singleChoice("q1", [60, 30], { respondents: 100, notShown: 10 })])),
    );
    expect(shown.questions[0]?.answered).toBe(90);
    expect(counts(choiceTable(shown))).toEqual([60, 30]);
  });

  it("publishes open questions only as quotes, with the question's number", async () => {
    const overall = results([singleChoice("q1", [10, 10]), openQuestion("q9", 20, 7)]);
    const snapshot = await buildPublication(
      source(overall, {
        quotes: [{ questionId: "q9", questionText: "Open vraag q9", text: "Meer bankjes in [naam]." }],
      }),
    );
    expect(snapshot.questions.map((q) => q.questionId)).toEqual(["q1"]);
    expect(snapshot.quotes).toEqual([
      { questionId: "q9", questionNumber: 7, questionText: "Open vraag q9", text: "Meer bankjes in [naam]." },
    ]);
  });

  it("protects each Likert statement apart: a small 'weet niet' is hidden, the rest of the statement shown", async () => {
    // 65 answered the grid. Statement 1: 30, 20, 8 and "weet niet" 2; 5 left it out, so the hidden
    // 2 stays one of 0–7. Statement 2: 25, 25, 10 and "weet niet" 5: nothing small.
    const q = likert("g1", 65, [
      { scale: [30, 20, 8], dontKnow: 2 },
      { scale: [25, 25, 10], dontKnow: 5 },
    ]);
    const snapshot = await buildPublication(source(results([q])));
    const table = snapshot.questions[0]?.table as PublishedLikertTable;
    const [first, second] = table.statements;
    expect(first?.dontKnow).toEqual({ count: null, percent: null, suppressed: "hidden" });
    expect(first?.cells.map((c) => [c.count, c.percent])).toEqual([
      [30, 51.7],
      [20, 34.5],
      [8, 13.8],
    ]);
    expect(first?.valid.count).toBe(58);
    expect(second?.cells.map((c) => c.count)).toEqual([25, 25, 10]);
    // "Weet niet" as a share of all 65 who answered the statement.
    expect(second?.dontKnow).toEqual({ count: 5, percent: 7.7, suppressed: false });
    expect(second?.percentBase).toBe("valid");
    expect(await attackPublication(snapshot, K)).toEqual([]);
  });
});

describe("numbers and means", () => {
  it("merges rare ratings into bands, so the mean can be shown beside a distribution with nothing hidden", async () => {
    const snapshot = await buildPublication(
      source(results([rating("r1", [1, 0, 2, 1, 3, 5, 10, 20, 30, 15, 3])])),
    );
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

  it("shows no mean of fewer than the survey's minimum answers, though their count is shown", async () => {
    // 100 respondents, 8 of them gave a rating (7): at least k, fewer than 10.
    const overall = results([singleChoice("q0", [50, 50]), rating("r1", [0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0])]);
    const table = (s: PublishedResults) => s.questions[1]?.table as PublishedNumericTable;
    const strict = await buildPublication(source(overall));
    expect(strict.questions[1]?.answered).toBe(8);
    expect(table(strict).bands.map((b) => b.cell.count)).toEqual([8]);
    expect(table(strict).mean).toBeNull();
    expect(table(strict).median).toBeNull();
    expect(strict.method.suppression.minMeanGroup).toBe(10);
    // With the survey's minimum at 5 the same 8 answers get their mean.
    const lenient = await buildPublication(source(overall, { minMeanGroup: 5 }));
    expect(table(lenient).mean).toBe(7);
    expect(lenient.method.suppression.minMeanGroup).toBe(5);
  });

  it("shows no mean beside a hidden band", async () => {
    // 100 respondents, 97 rated: the 3 who did not are protected by hiding who rated, and then a band
    // (else the bands would add up to it); a mean beside it would tell how the hidden are spread.
    const overall = results([
      singleChoice("q0", [50, 50]),
      rating("r1", [1, 0, 2, 1, 3, 5, 10, 20, 30, 15, 10]),
    ]);
    const snapshot = await buildPublication(source(overall));
    const table = snapshot.questions[1]?.table as PublishedNumericTable;
    expect(table.bands.some((b) => b.cell.suppressed === "hidden")).toBe(true);
    expect(table.mean).toBeNull();
    expect(table.median).toBeNull();
    expect(await attackPublication(snapshot, K)).toEqual([]);
  });

  it("gives a group its mean (one decimal) from the minimum number of answers on, and none below", async () => {
    const snapshot = await buildPublication(panelSurveySource());
    const mean = (dimension: PublicDimension, value: string) =>
      (inGroup(snapshot, dimension, value, "r1")?.table as PublishedNumericTable | undefined)?.mean;
    // Centrum: 24 answers, 12 sevens and 12 eights.
    expect(mean("district", "Centrum")).toBe(7.5);
    // Noord: 8 answers, fewer than 10.
    expect(inGroup(snapshot, "district", "Noord", "r1")?.answered).toBe(8);
    expect(mean("district", "Noord")).toBeNull();
    // The open link: 220 / 30 = 7.33.
    expect(mean("channel", "public")).toBe(7.3);
    expect((snapshot.questions[1]?.table as PublishedNumericTable | undefined)?.mean).toBe(7.4);
  });
});

describe("breakdowns", () => {
  it("covers panel members only for district, age group and sex, and never shows the unknown group", async () => {
    const snapshot = await buildPublication(panelSurveySource());
    expect(snapshot.breakdowns.map((b) => [b.dimension, b.panelOnly])).toEqual([
      ["channel", false],
      ["district", true],
      ["age_group", true],
      ["sex", true],
    ]);
    for (const b of snapshot.breakdowns) expect(b.groups.map((g) => g.value)).not.toContain("");
    expect(breakdown(snapshot, "channel")?.groups.map((g) => [g.value, g.respondents])).toEqual([
      ["public", 30],
      ["panel", 37],
    ]);
    expect(breakdown(snapshot, "sex")?.groups.map((g) => [g.value, g.withheld, g.respondents])).toEqual([
      ["vrouw", false, 20],
      ["man", false, 17],
    ]);
    expect(counts(inGroup(snapshot, "sex", "vrouw", "q1")?.table as PublishedChoiceTable)).toEqual([11, 9]);
    expect(percents(inGroup(snapshot, "sex", "vrouw", "q1")?.table as PublishedChoiceTable)).toEqual([
      55, 45,
    ]);
    expect(await attackPublication(snapshot, K)).toEqual([]);
  });

  it("withholds a group under k: listed, without respondents or figures", async () => {
    const snapshot = await buildPublication(panelSurveySource());
    expect(breakdown(snapshot, "district")?.groups).toEqual([
      expect.objectContaining({ value: "Centrum", withheld: false, respondents: 24 }),
      expect.objectContaining({ value: "Noord", withheld: false, respondents: 8 }),
      { value: "Zuid", label: "Zuid", withheld: true, respondents: null, questions: [] },
    ]);
    // Noord's 4 and 4 are hidden; its 8 answers are shown, and no percentages of hidden counts.
    const noord = inGroup(snapshot, "district", "Noord", "q1");
    expect(noord?.answered).toBe(8);
    expect(marks(noord?.table as PublishedChoiceTable)).toEqual(["hidden", "hidden"]);
    expect(percents(noord?.table as PublishedChoiceTable)).toEqual([null, null]);
  });

  it("withholds a group of k or more whose omission would leave 1 to k − 1 panel members outside the shown groups", async () => {
    // 18-34 (15) and 35-64 (14) of 37 panel members leave the 2 of unknown age: a reader would count
    // them as the panel minus the shown groups. So 65+ (6) is withheld too, and the rest holds 8.
    const snapshot = await buildPublication(panelSurveySource());
    expect(breakdown(snapshot, "age_group")?.groups.map((g) => [g.value, g.withheld, g.respondents])).toEqual(
      [
        ["18-34", false, 15],
        ["35-64", false, 14],
        ["65+", true, null],
      ],
    );
    expect(group(snapshot, "age_group", "65+")?.questions).toEqual([]);
  });

  it("keeps a cell hidden overall unrecoverable from the groups", async () => {
    // Overall 40, 30, 3, 27: the open link 16, 12, 1, 11; Centrum 12, 9, 2, 7; Noord 12, 9, 0, 9.
    const survey = panelSurvey({
      public: [singleChoice("q1", [16, 12, 1, 11])],
      panel: {
        district: [
          { value: "Centrum", questions: [singleChoice("q1", [12, 9, 2, 7])] },
          { value: "Noord", questions: [singleChoice("q1", [12, 9, 0, 9])] },
        ],
      },
    });
    const snapshot = await buildPublication(source(survey.overall, { breakdowns: survey.breakdowns }));
    const overallTable = choiceTable(snapshot);
    expect(counts(overallTable)?.[2]).toBeNull();
    expect(overallTable.rows.filter((r) => r.cell.suppressed === "hidden").length).toBeGreaterThanOrEqual(2);
    for (const [dimension, value] of [
      ["channel", "public"],
      ["district", "Centrum"],
      ["district", "Noord"],
    ] as const) {
      const table = inGroup(snapshot, dimension, value, "q1")?.table as PublishedChoiceTable;
      // The 1, the 2 and the 0 are hidden, and no line is left with exactly one hidden cell.
      expect(table.rows[2]?.cell.suppressed).toBe("hidden");
      expect(table.rows.filter((r) => r.cell.suppressed === "hidden").length).not.toBe(1);
    }
    expect(await attackPublication(snapshot, K)).toEqual([]);
  });

  it("never stores a hidden number, and survives a JSON round trip unchanged", async () => {
    const snapshot = await buildPublication(panelSurveySource());
    const hidden = suppressedCells(snapshot);
    expect(hidden.length).toBeGreaterThan(0);
    for (const cell of hidden) {
      expect(cell.suppressed).toBe("hidden");
      expect(cell.count).toBeNull();
      expect(cell.percent).toBeNull();
    }
    expect(JSON.stringify(snapshot)).not.toMatch(/"(small|complement)"/);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

describe("refusals", () => {
  it("refuses a survey with fewer than k respondents", async () => {
    expect(await blockOf(buildPublication(source(results([singleChoice("q1", [2, 2])]))))).toEqual({
      reason: "too-few-respondents",
      respondents: 4,
      k: 5,
    });
  });

  it("refuses a survey with a channel of 1 to k − 1 responses", async () => {
    const survey = panelSurvey({
      public: [singleChoice("q1", [20, 10])],
      staff: [singleChoice("q1", [2, 1])],
      panel: { district: [{ value: "Centrum", questions: [singleChoice("q1", [10, 10])] }] },
    });
    expect(
      await blockOf(buildPublication(source(survey.overall, { breakdowns: survey.breakdowns }))),
    ).toEqual({
      reason: "small-channel",
      channel: "staff",
      responses: 3,
      k: 5,
    });
  });
});

describe("method", () => {
  it("shows every channel with its responses and response rate, and keeps the rest of the method", async () => {
    const snapshot = await buildPublication(panelSurveySource());
    expect(snapshot.method.channels).toEqual([
      { channel: "public", invited: null, responses: 30, responseRate: null },
      // 37 of 80 invited.
      { channel: "panel", invited: 80, responses: 37, responseRate: 46.3 },
    ]);
    expect(snapshot.method).toMatchObject({
      respondents: 67,
      suppression: { ruleKey: "minCellSize", k: 5, minMeanGroup: 10 },
      breakdownsOneAtATime: true,
      fieldwork: { from: "2026-03-01T08:00:00.000Z", to: "2026-03-31T20:00:00.000Z" },
    });
  });

  it("leaves out the invitations (and the rate) when 1 to k − 1 invited members did not answer", async () => {
    const base = panelSurveySource();
    const snapshot = await buildPublication({
      ...base,
      channels: [
        { channel: "public", invited: null, responses: 30 },
        { channel: "panel", invited: 40, responses: 37 },
      ],
    });
    expect(snapshot.method.channels[1]).toEqual({
      channel: "panel",
      invited: null,
      responses: 37,
      responseRate: null,
    });
  });

  it("states the audit's verdict: passed, with what it checked and what is hidden", async () => {
    const snapshot = await buildPublication(source(results([singleChoice("q1", [40, 30, 3, 27])])));
    const { audit } = snapshot.method.suppression;
    expect(audit.passed).toBe(true);
    expect(audit.checked).toBeGreaterThan(0);
    // The 3 and its complement, overall and in the open link's table: every figure the audit counts
    // as hidden is one a reader sees hidden — a marked cell, or a number of answers or a base left out.
    const hiddenSeen = [
      snapshot.questions,
      ...snapshot.breakdowns.flatMap((b) => b.groups.map((g) => g.questions)),
    ]
      .flat()
      .reduce((n, q) => {
        const table = q.table as PublishedChoiceTable;
        const bases = (q.answered === null ? 1 : 0) + (!table.multiple && table.base === null ? 1 : 0);
        return n + bases + suppressedCells(table).length;
      }, 0);
    expect(audit.hidden).toBe(hiddenSeen);
    expect(audit.hidden).toBeGreaterThan(0);
    expect(audit.secondary).toBeGreaterThan(0);
    expect(audit.secondary).toBeLessThan(audit.hidden);
  });

  it("gives the typical margin of all respondents and describes the weighting honestly", async () => {
    const weighting: Weighting = {
      method: "raking",
      weightedRespondents: 80,
      effectiveN: 64,
      iterations: 6,
      converged: true,
      minWeight: 0.5,
      maxWeight: 2.4,
      trimmed: 0,
      trim: { low: 0.3, high: 3 },
      source: "demo-cijfers",
      minimumCategorySize: 20,
      merged: [{ margin: "district", districts: ["Buitengebied", "Haven"], respondents: 23 }],
      marginsMet: true,
      marginTolerance: 0.5,
      largestDifference: null,
    };
    const overall = { ...results([singleChoice("q1", [50, 50])]), weighting };
    const { method } = await buildPublication(source(overall));
    expect(method.weighting).toEqual(publishWeighting(weighting, { respondents: 100 }));
    expect(method.weighting).toMatchObject({
      weightedRespondents: 80,
      respondents: 100,
      effectiveN: 64,
      // Wilson at 50% with n_eff 64: 11.9 percentage points.
      marginOfError: 11.9,
      merged: [{ margin: "district", districts: ["Buitengebied", "Haven"] }],
    });
    // All 100 respondents unweighted: Wilson at 50%, 9.6 percentage points.
    expect(method.marginOfError).toBe(9.6);
  });

  it("never uses a k below 3", async () => {
    const snapshot = await buildPublication(source(results([singleChoice("q1", [2, 2, 6])]), { k: 1 }));
    expect(snapshot.k).toBe(3);
    expect(snapshot.method.suppression.k).toBe(3);
    // 2 and 2 are under 3: hidden.
    expect(marks(choiceTable(snapshot))).toEqual(["hidden", "hidden", false]);
  });
});
