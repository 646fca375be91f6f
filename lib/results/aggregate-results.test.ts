import { describe, expect, it } from "vitest";
import { cubeEntriesForResponse } from "./aggregate-cells";
import { buildQuestionResults } from "./aggregate-results";
import { testSurvey } from "./aggregate-test-survey";
import { addToView, type CubeView, unweighted } from "./aggregate-view";
import type { ChoiceResult, LikertResult, NumericResult, QuestionResult, RankingResult } from "./types";

/** A view summed from responses, each unweighted or with a weight (a weighted panel respondent). */
function viewOf(responses: { answers: Record<string, unknown>; weight?: number }[]): CubeView {
  const view: CubeView = new Map();
  for (const { answers, weight } of responses) {
    const figure =
      weight === undefined
        ? unweighted(1)
        : { count: 1, weightedCount: 1, weightSum: weight, weightSquareSum: weight * weight };
    for (const e of cubeEntriesForResponse(testSurvey, answers))
      addToView(view, e.questionId, e.item, e.value, figure);
  }
  return view;
}

/*
 * Ten respondents; every figure below is counted by hand from this list.
 * p2 (grid, score, age, order, story) is shown to gender man or vrouw; support to vrouw only.
 */
const TEN = [
  {
    gender: { choice: "vrouw" },
    support: { choices: ["wmo", "jeugd"] },
    district: "centrum",
    grid: { s1: "4", s2: "5" },
    score: 8,
    age: 30,
    order: ["zorg", "werk", "geld"],
    story: "Meer bankjes.",
  },
  {
    gender: { choice: "vrouw" },
    support: { choices: ["wmo"] },
    district: "noord",
    grid: { s1: "4", s2: "_weet_niet" },
    score: 6,
    age: 50,
    order: ["werk", "zorg", "geld"],
  },
  {
    gender: { choice: "vrouw" },
    support: { choices: ["_weet_niet"] },
    grid: { s1: "2" },
    score: 10,
    order: ["zorg", "geld", "werk"],
  },
  { gender: { choice: "man" }, district: "centrum", grid: { s1: "_weet_niet", s2: "1" }, score: 7, age: 41 },
  { gender: { choice: "man" }, score: 9 },
  { gender: { choice: "man" } },
  { gender: { choice: "_weet_niet" } },
  { gender: { choice: "_anders", other: "anders" } },
  {},
  { gender: { choice: "vrouw" }, score: 3 },
].map((answers) => ({ answers }));

const results = buildQuestionResults(testSurvey, viewOf(TEN), { weighted: false, approved: { story: 2 } });
const byId = (id: string) => results.find((r) => r.questionId === id) as QuestionResult;
const option = (r: QuestionResult, value: string) =>
  (r.figures as ChoiceResult).options.find((o) => o.value === value);

describe("buildQuestionResults", () => {
  it("numbers the questions over the whole survey, in definition order, with their page", () => {
    expect(results.map((r) => `${r.number} ${r.questionId} ${r.page.id}`)).toEqual([
      "1 gender p1",
      "2 district p1",
      "3 support p1",
      "4 grid p2",
      "5 score p2",
      "6 age p2",
      "7 order p2",
      "8 story p2",
    ]);
  });

  it("keeps respondents who did not see a question apart from those who skipped it", () => {
    expect(byId("gender").base).toEqual({ respondents: 10, shown: 10, answered: 9, skipped: 1, notShown: 0 });
    expect(byId("support").base).toEqual({ respondents: 10, shown: 4, answered: 3, skipped: 1, notShown: 6 });
    expect(byId("grid").base).toEqual({ respondents: 10, shown: 7, answered: 4, skipped: 3, notShown: 3 });
  });

  it("single choice: % of valid answers, with weet niet as count and % of all who answered", () => {
    const figures = byId("gender").figures as ChoiceResult;
    expect(figures.valid).toBe(8);
    expect(figures.dontKnow?.count).toBe(1);
    expect(figures.dontKnow?.percent).toBeCloseTo(100 / 9, 10);
    expect(figures.options.map((o) => [o.value, o.count, o.percent])).toEqual([
      ["man", 3, 37.5],
      ["vrouw", 4, 50],
      ["x", 0, 0],
      ["_anders", 1, 12.5],
    ]);
  });

  it("dropdown: no weet niet; % of valid answers", () => {
    const figures = byId("district").figures as ChoiceResult;
    expect(figures.dontKnow).toBeNull();
    expect(figures.valid).toBe(3);
    expect(option(byId("district"), "centrum")?.percent).toBeCloseTo(200 / 3, 10);
    expect(option(byId("district"), "zuid")).toMatchObject({ count: 0, percent: 0 });
  });

  it("multiple choice: the share of respondents who answered that chose each option", () => {
    const figures = byId("support").figures as ChoiceResult;
    expect(figures.valid).toBe(2);
    expect(figures.dontKnow?.count).toBe(1);
    expect(figures.dontKnow?.percent).toBeCloseTo(100 / 3, 10);
    expect(option(byId("support"), "wmo")?.percent).toBeCloseTo(200 / 3, 10);
    expect(option(byId("support"), "jeugd")?.percent).toBeCloseTo(100 / 3, 10);
    expect(option(byId("support"), "schuld")?.count).toBe(0);
  });

  it("likert: the distribution per statement over its valid answers, weet niet apart", () => {
    const figures = byId("grid").figures as LikertResult;
    expect(figures.scale.map((s) => s.value)).toEqual(["1", "2", "3", "4", "5"]);
    const [s1, s2] = figures.statements;
    expect(s1).toMatchObject({ id: "s1", valid: 3, dontKnow: 1 });
    expect(s1?.scale.map((o) => o.count)).toEqual([0, 1, 0, 2, 0]);
    expect(s1?.scale[3]?.percent).toBeCloseTo(200 / 3, 10);
    expect(s2).toMatchObject({ id: "s2", valid: 2, dontKnow: 1 });
    expect(s2?.scale.map((o) => o.percent)).toEqual([50, 0, 0, 0, 50]);
  });

  it("rating: mean, median and the distribution over 0–10, also the values nobody gave", () => {
    const figures = byId("score").figures as NumericResult;
    // 3, 6, 7, 8, 9, 10
    expect(figures.mean).toBeCloseTo(43 / 6, 10);
    expect(figures.median).toBe(7.5);
    expect(figures.distribution.map((d) => d.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(figures.distribution.map((d) => d.count)).toEqual([0, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1]);
    expect(figures.distribution[3]?.percent).toBeCloseTo(100 / 6, 10);
    expect(byId("score").base).toMatchObject({ answered: 6, skipped: 1, notShown: 3 });
  });

  it("number: mean, median and the values given", () => {
    const figures = byId("age").figures as NumericResult;
    expect(figures.mean).toBeCloseTo(121 / 3, 10);
    expect(figures.median).toBe(41);
    expect(figures.distribution.map((d) => [d.value, d.count])).toEqual([
      [30, 1],
      [41, 1],
      [50, 1],
    ]);
  });

  it("ranking: mean position per option (1 = first) and how often it came first", () => {
    const figures = byId("order").figures as RankingResult;
    expect(figures.options.map((o) => [o.value, o.firstCount])).toEqual([
      ["zorg", 2],
      ["werk", 1],
      ["geld", 0],
    ]);
    expect(figures.options[0]?.meanPosition).toBeCloseTo(4 / 3, 10);
    expect(figures.options[1]?.meanPosition).toBe(2);
    expect(figures.options[2]?.meanPosition).toBeCloseTo(8 / 3, 10);
  });

  it("text: answered and the number of approved answers, no words", () => {
    expect(byId("story").figures).toEqual({ kind: "text", approved: 2 });
    expect(byId("story").base).toMatchObject({ answered: 1, skipped: 6, notShown: 3 });
  });

  it("an empty view gives zero bases and null percentages and means", () => {
    const empty = buildQuestionResults(testSurvey, new Map(), { weighted: false });
    const gender = empty[0] as QuestionResult;
    expect(gender.base).toEqual({ respondents: 0, shown: 0, answered: 0, skipped: 0, notShown: 0 });
    expect((gender.figures as ChoiceResult).options[0]?.percent).toBeNull();
    expect(((empty[4] as QuestionResult).figures as NumericResult).mean).toBeNull();
  });
});

describe("weighted figures beside the unweighted ones", () => {
  // Weights as raking would give them; the fifth respondent (public) carries none.
  const view = viewOf([
    { answers: { gender: { choice: "vrouw" }, score: 8 }, weight: 2 },
    { answers: { gender: { choice: "vrouw" }, score: 6 }, weight: 1 },
    { answers: { gender: { choice: "man" }, score: 10 }, weight: 1 },
    { answers: { gender: { choice: "_weet_niet" } }, weight: 0.5 },
    { answers: { gender: { choice: "man" }, score: 4 } },
  ]);
  const weighted = buildQuestionResults(testSurvey, view, { weighted: true });
  const gender = weighted[0] as QuestionResult;
  const score = weighted[4] as QuestionResult;

  it("choice: weighted % of the weighted valid answers, beside the unweighted % of the same respondents", () => {
    const vrouw = (gender.figures as ChoiceResult).options[1];
    // All valid answers: vrouw 2 of 4 (the unweighted public respondent among them).
    expect(vrouw?.percent).toBe(50);
    expect(vrouw?.weighted?.value).toBeCloseTo(75, 10);
    // The same respondents without weights: vrouw 2 of the 3 weighted valid answers.
    expect(vrouw?.weighted?.unweighted).toBeCloseTo(200 / 3, 10);
    // n_eff = (2+1+1)² / (4+1+1) = 8/3: far too few for a margin.
    expect(vrouw?.weighted?.effectiveN).toBeCloseTo(8 / 3, 10);
    expect(vrouw?.weighted?.marginOfError).toBeNull();
    expect(vrouw?.weighted?.interval).toBeNull();
    // Answered base: Σw = 4.5, Σw² = 6.25
    expect(gender.effectiveN).toBeCloseTo(20.25 / 6.25, 10);
  });

  it("rating: weighted mean beside the unweighted mean of the same respondents, no margin below n_eff 30", () => {
    const figures = score.figures as NumericResult;
    // Everyone: 8, 6, 10 and the public respondent's 4.
    expect(figures.mean).toBe(7);
    expect(figures.weighted?.value).toBeCloseTo(8, 10);
    expect(figures.weighted?.unweighted).toBeCloseTo(8, 10);
    expect(figures.weighted?.marginOfError).toBeNull();
  });

  it("choice: a Wilson interval once the effective n reaches 30", () => {
    // 10 women with weight 2, 30 men with weight 1: weighted vrouw 20 of 50 = 40%;
    // n_eff = 50² / (10·4 + 30) = 35.714; Wilson: 25.673%–56.269%, half-width 15.298.
    const many = viewOf([
      ...Array.from({ length: 10 }, () => ({ answers: { gender: { choice: "vrouw" } }, weight: 2 })),
      ...Array.from({ length: 30 }, () => ({ answers: { gender: { choice: "man" } }, weight: 1 })),
    ]);
    const vrouw = (
      (buildQuestionResults(testSurvey, many, { weighted: true })[0] as QuestionResult)
        .figures as ChoiceResult
    ).options[1];
    expect(vrouw?.weighted?.value).toBeCloseTo(40, 10);
    expect(vrouw?.weighted?.unweighted).toBeCloseTo(25, 10);
    expect(vrouw?.weighted?.effectiveN).toBeCloseTo(2500 / 70, 10);
    expect(vrouw?.weighted?.interval?.low).toBeCloseTo(25.6735, 3);
    expect(vrouw?.weighted?.interval?.high).toBeCloseTo(56.2688, 3);
    expect(vrouw?.weighted?.marginOfError).toBeCloseTo(15.2977, 3);
  });

  it("no weighted respondents: weighted values are null", () => {
    const none = buildQuestionResults(testSurvey, viewOf([{ answers: { gender: { choice: "man" } } }]), {
      weighted: true,
    });
    expect(((none[0] as QuestionResult).figures as ChoiceResult).options[0]?.weighted).toEqual({
      value: null,
      marginOfError: null,
      interval: null,
      unweighted: null,
      effectiveN: 0,
    });
    expect(none[0]?.effectiveN).toBeNull();
  });
});
