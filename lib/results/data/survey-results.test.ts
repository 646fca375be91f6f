import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("survey-results");

import { getDb } from "@/db/client";
import { execute } from "@/db/raw-sql";
import { AuthorizationError } from "@/lib/accounts/errors";
import { insertPanel } from "@/lib/panels/data/panel-test-support";
import { completeResponse } from "@/lib/responses/data/response-completion";
import { cubeEntriesForResponse } from "@/lib/results/aggregate-cells";
import { buildQuestionResults } from "@/lib/results/aggregate-results";
import { testSurvey } from "@/lib/results/aggregate-test-survey";
import { addToView, type CubeView, unweighted } from "@/lib/results/aggregate-view";
import type { ChoiceResult, NumericResult, QuestionResult, SurveyResults } from "@/lib/results/types";
import { pruneHiddenAnswers, visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { errorOf } from "@/lib/testing/error-of";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { getCrossTab } from "./cross-tab";
import { insertResultsSurvey, insertStartedResponse, type TestResponse } from "./result-cells-test-support";
import { getSurveyResults } from "./survey-results";

let surveyId = 0;
let panelId = 0;

/*
 * Nine respondents (the last completed behind the cube's back, so the first read rebuilds it).
 * Panel cells with population figures: 35-49 man Noord, 35-49 vrouw Zuid, 65-79 vrouw Noord;
 * 65-79 "anders" has no figures, and one panel response carries no attributes.
 */
const RESPONDENTS: TestResponse[] = [
  {
    answers: {
      gender: { choice: "vrouw" },
      support: { choices: ["wmo"] },
      district: "noord",
      score: 8,
      grid: { s1: "4" },
      story: "Fijn.",
    },
  },
  { answers: { gender: { choice: "man" }, score: 6 } },
  {
    answers: { gender: { choice: "man" }, score: 4, district: "zuid" },
    channel: "panel",
    ageGroup: "35-49",
    sex: "man",
    district: "Noord",
  },
  {
    answers: { gender: { choice: "vrouw" }, support: { choices: ["jeugd"] }, score: 9, story: "Goed." },
    channel: "panel",
    ageGroup: "35-49",
    sex: "vrouw",
    district: "Zuid",
  },
  {
    answers: { gender: { choice: "vrouw" }, support: { choices: ["wmo", "jeugd"] }, score: 10 },
    channel: "panel",
    ageGroup: "65-79",
    sex: "vrouw",
    district: "Noord",
  },
  {
    answers: { gender: { choice: "_weet_niet" } },
    channel: "panel",
    ageGroup: "65-79",
    sex: "anders",
    district: "Zuid",
  },
  // Score is on a page not shown to "x": completion removes it.
  { answers: { gender: { choice: "x" }, score: 2 }, channel: "panel" },
  { answers: {}, channel: "staff" },
];
const LATE: TestResponse = { answers: { gender: { choice: "man" }, score: 7 }, status: "completed" };
const stored = [...RESPONDENTS, LATE].map((r) => pruneHiddenAnswers(testSurvey, r.answers));
const responseIds: number[] = [];

beforeAll(async () => {
  surveyId = await insertResultsSurvey("results", testSurvey);
  panelId = await insertPanel("results-panel");
  for (const r of RESPONDENTS) {
    const id = await insertStartedResponse(surveyId, {
      ...r,
      panelId: r.channel === "panel" ? panelId : null,
    });
    await completeResponse({
      responseId: id,
      surveyId,
      visibleQuestionIds: [...visibleQuestionIds(testSurvey, r.answers)],
    });
    responseIds.push(id);
  }
  responseIds.push(await insertStartedResponse(surveyId, LATE));
  const figure = async (dimension: string, category: string, count: number) =>
    await execute(
      getDb(),
      sql`INSERT INTO population_figures (dimension, category, count, source) VALUES (${dimension}, ${category}, ${count}, 'demo-cijfers')`,
    );
  // Consistent margins: the age × sex shares (0.3, 0.2, 0.5) already give Noord 0.8 and Zuid 0.2.
  await figure("age_group_sex", "35-49|man", 60);
  await figure("age_group_sex", "35-49|vrouw", 40);
  await figure("age_group_sex", "65-79|vrouw", 100);
  await figure("district", "Noord", 160);
  await figure("district", "Zuid", 40);
  const review = async (responseId: number | undefined, status: string) =>
    await execute(
      getDb(),
      sql`INSERT INTO open_answer_reviews (survey_id, response_id, question_id, status, redacted_text) VALUES (${surveyId}, ${responseId}, 'story', ${status}, 'tekst')`,
    );
  await review(responseIds[0], "approved");
  await review(responseIds[3], "pending");
  await signInAs("staff");
});

const question = (results: SurveyResults | { questions: QuestionResult[] } | null, id: string) =>
  results?.questions.find((q) => q.questionId === id) as QuestionResult;
const choice = (q: QuestionResult) => q.figures as ChoiceResult;

describe("getSurveyResults", () => {
  it("is refused without a session and without the right to read responses", async () => {
    const saved = sessionCookie.current;
    signOut();
    expect(await errorOf(getSurveyResults(surveyId))).toMatchObject({ reason: "signed-out" });
    await signInAs("adviesraad");
    const refusal = await errorOf(getSurveyResults(surveyId));
    expect(refusal).toBeInstanceOf(AuthorizationError);
    expect(refusal).toMatchObject({ reason: "forbidden" });
    sessionCookie.current = saved;
  });

  it("counts every completed response, rebuilding a cube that missed one", async () => {
    const results = await getSurveyResults(surveyId);
    expect(results?.respondents).toBe(9);
    const gender = question(results, "gender");
    expect(gender.base).toEqual({ respondents: 9, shown: 9, answered: 8, skipped: 1, notShown: 0 });
    expect(choice(gender).options.map((o) => [o.value, o.count])).toEqual([
      ["man", 3],
      ["vrouw", 3],
      ["x", 1],
      ["_anders", 0],
    ]);
    expect(choice(gender).dontKnow?.count).toBe(1);
    expect(question(results, "score").base).toMatchObject({ answered: 6, skipped: 0, notShown: 3 });
    expect(question(results, "story").figures).toEqual({ kind: "text", approved: 1 });
    expect(results?.weighting).toBeNull();
    expect(await getSurveyResults(999_999)).toBeNull();
  });

  it("combines filters with AND", async () => {
    const results = await getSurveyResults(surveyId, { filters: { channel: "panel", sex: "vrouw" } });
    expect(results?.respondents).toBe(2);
    expect(results?.filters).toEqual({ channel: "panel", sex: "vrouw" });
    expect(choice(question(results, "gender")).options[1]).toMatchObject({
      value: "vrouw",
      count: 2,
      percent: 100,
    });
    expect(
      (await getSurveyResults(surveyId, { filters: { panel: String(panelId), district: "Zuid" } }))
        ?.respondents,
    ).toBe(2);
  });

  it("breaks down by a dimension: groups in their order, unknown last, panels by name", async () => {
    const bySex = await getSurveyResults(surveyId, { breakdown: { kind: "dimension", dimension: "sex" } });
    expect(bySex?.breakdown?.label).toBe("sex");
    expect(bySex?.breakdown?.groups.map((g) => [g.value, g.label, g.respondents])).toEqual([
      ["man", "man", 1],
      ["vrouw", "vrouw", 2],
      ["anders", "anders", 1],
      ["", "", 5],
    ]);
    const vrouw = bySex?.breakdown?.groups[1] as { questions: QuestionResult[] };
    expect((question(vrouw, "score").figures as NumericResult).mean).toBe(9.5);
    // Approved open answers are counted in the group of their response.
    expect(question(bySex?.breakdown?.groups[3] as { questions: QuestionResult[] }, "story").figures).toEqual(
      {
        kind: "text",
        approved: 1,
      },
    );
    const byPanel = await getSurveyResults(surveyId, {
      breakdown: { kind: "dimension", dimension: "panel" },
    });
    expect(byPanel?.breakdown?.groups.map((g) => [g.value, g.label, g.respondents])).toEqual([
      [String(panelId), "Panel results-panel", 5],
      ["0", "", 4],
    ]);
  });

  it("weights panel respondents with known cells, merging categories with too few of them", async () => {
    const results = await getSurveyResults(surveyId, { weighted: true });
    expect(results?.weighting).toMatchObject({
      method: "raking",
      weightedRespondents: 3,
      converged: true,
      source: "demo-cijfers",
      trim: { low: 0.3, high: 3 },
      minimumCategorySize: 20,
      marginsMet: true,
      marginTolerance: 0.5,
    });
    // Three weighted respondents are fewer than the minimum of 20 in any category: the one man is
    // too few for a category of his own sex, so the sexes merge per age group, then the age groups
    // and the districts merge, and everyone weighs 1.
    expect(results?.weighting?.merged).toEqual([
      { margin: "age_sex", ageGroups: ["35-49", "65-79"], sexes: ["man", "vrouw"], respondents: 3 },
      { margin: "district", districts: ["Noord", "Zuid"], respondents: 3 },
    ]);
    expect(results?.weighting?.minWeight).toBeCloseTo(1, 9);
    expect(results?.weighting?.maxWeight).toBeCloseTo(1, 9);
    // All seven valid answers: vrouw 3. The weighted ones describe the three panel respondents
    // (vrouw 2), and so does the unweighted figure beside them.
    const vrouw = choice(question(results, "gender")).options[1];
    expect(vrouw?.percent).toBeCloseTo((3 / 7) * 100, 10);
    expect(vrouw?.weighted?.value).toBeCloseTo(200 / 3, 6);
    expect(vrouw?.weighted?.unweighted).toBeCloseTo(200 / 3, 6);
    expect(vrouw?.weighted?.marginOfError).toBeNull();
    // Scores 4, 9, 10 of the weighted respondents; 2 and 6 of the others are left out.
    const score = (question(results, "score").figures as NumericResult).weighted;
    expect(score?.value).toBeCloseTo(23 / 3, 6);
    expect(score?.unweighted).toBeCloseTo(23 / 3, 6);
    const off = await getSurveyResults(surveyId, { weighted: true, filters: { channel: "public" } });
    expect(off?.weighting).toBeNull();
    expect(choice(question(off, "gender")).options[0]?.weighted).toBeUndefined();
  });

  it("breaks down by a closed question: each group's results equal those of its respondents alone", async () => {
    const results = await getSurveyResults(surveyId, {
      breakdown: { kind: "question", questionId: "gender" },
    });
    expect(results?.breakdown?.spec).toEqual({ kind: "question", questionId: "gender" });
    expect(results?.breakdown?.groups.map((g) => [g.value, g.label, g.respondents])).toEqual([
      ["man", "MAN", 3],
      ["vrouw", "VROUW", 3],
      ["x", "X", 1],
      ["_weet_niet", "_weet_niet", 1],
    ]);
    const expected = (choiceValue: string, approved: Record<string, number>) => {
      const view: CubeView = new Map();
      for (const answers of stored.filter(
        (a) => (a.gender as { choice: string } | undefined)?.choice === choiceValue,
      ))
        for (const e of cubeEntriesForResponse(testSurvey, answers))
          addToView(view, e.questionId, e.item, e.value, unweighted(1));
      return buildQuestionResults(testSurvey, view, { weighted: false, approved });
    };
    const groups = results?.breakdown?.groups ?? [];
    expect(groups[0]?.questions).toEqual(expected("man", {}));
    expect(groups[1]?.questions).toEqual(expected("vrouw", { story: 1 }));
    expect(groups[2]?.questions).toEqual(expected("x", {}));
    expect(question(groups[2] as { questions: QuestionResult[] }, "score").base).toMatchObject({
      notShown: 1,
      skipped: 0,
    });
    expect(
      (await getSurveyResults(surveyId, { breakdown: { kind: "question", questionId: "story" } }))?.breakdown,
    ).toBeNull();
    // Kept between views, and computed again once another response is completed.
    const again = await getSurveyResults(surveyId, { breakdown: { kind: "question", questionId: "gender" } });
    expect(again?.breakdown).toBe(results?.breakdown);
    const answers = { gender: { choice: "x" } };
    const id = await insertStartedResponse(surveyId, { answers });
    await completeResponse({ responseId: id, surveyId, visibleQuestionIds: ["gender", "district"] });
    const after = await getSurveyResults(surveyId, { breakdown: { kind: "question", questionId: "gender" } });
    expect(after?.breakdown?.groups.find((g) => g.value === "x")?.respondents).toBe(2);
  });
});

describe("getCrossTab", () => {
  it("counts respondents by two answers in one query, totals as distinct respondents", async () => {
    const tab = await getCrossTab(surveyId, "gender", "district");
    expect(tab?.rows.map((r) => r.value)).toEqual(["man", "vrouw", "x", "_anders", "_weet_niet"]);
    expect(tab?.columns.map((c) => [c.value, c.label])).toEqual([
      ["centrum", "CENTRUM"],
      ["noord", "NOORD"],
      ["zuid", "ZUID"],
    ]);
    expect(tab?.counts).toEqual([
      [0, 0, 1],
      [0, 1, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(tab?.total).toBe(2);

    const multiple = await getCrossTab(surveyId, "support", "gender");
    expect(multiple?.counts[0]).toEqual([0, 2, 0, 0, 0]);
    expect(multiple?.counts[1]).toEqual([0, 2, 0, 0, 0]);
    expect(multiple?.rowTotals.slice(0, 2)).toEqual([2, 2]);
    expect(multiple?.columnTotals[1]).toBe(3);
    expect(multiple?.total).toBe(3);

    const filtered = await getCrossTab(surveyId, "support", "gender", { channel: "panel" });
    expect(filtered?.rowTotals.slice(0, 2)).toEqual([1, 2]);
    expect(filtered?.total).toBe(2);

    const statement = await getCrossTab(surveyId, "grid.s1", "score");
    expect(statement?.rows.map((r) => r.value)).toEqual(["1", "2", "3", "4", "5", "_weet_niet"]);
    expect(statement?.columns).toHaveLength(11);
    expect(statement?.counts[3]?.[8]).toBe(1);
    expect(statement?.total).toBe(1);
  });

  it("refuses what is not a closed question, and readers without the right", async () => {
    expect(await getCrossTab(surveyId, "grid", "gender")).toBeNull();
    expect(await getCrossTab(surveyId, "story", "gender")).toBeNull();
    expect(await getCrossTab(999_999, "gender", "district")).toBeNull();
    const saved = sessionCookie.current;
    await signInAs("adviesraad");
    expect(await errorOf(getCrossTab(surveyId, "gender", "district"))).toMatchObject({
      reason: "forbidden",
    });
    sessionCookie.current = saved;
  });
});
