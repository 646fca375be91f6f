import { describe, expect, it } from "vitest";
import {
  evaluateCondition,
  isAnswered,
  isQuestionVisible,
  pruneHiddenAnswers,
  visiblePages,
  visibleQuestionIds,
  visibleQuestionsOfPage,
} from "./conditions";
import type { ConditionNode, SurveyDefinition } from "./schema";
import { definition, sampleQuestions as q } from "./test-definitions";
import { parseDefinition } from "./validate-definition";

const answers = {
  gender: { choice: "vrouw" },
  support: { choices: ["wmo", "_anders"], other: "mantelzorg" },
  grid: { s1: "4", s2: "_weet_niet" },
  score: 7,
  age: 0,
  name: "Centrum",
  district: "noord",
  order: ["werk", "zorg", "geld"],
};

const check = (node: ConditionNode, given: Record<string, unknown> = answers) =>
  evaluateCondition(node, given);

describe("evaluateCondition", () => {
  it("equals: chosen option, option among multiple choices, likert statement, number, text", () => {
    expect(check({ question: "gender", operator: "equals", value: "vrouw" })).toBe(true);
    expect(check({ question: "gender", operator: "equals", value: "man" })).toBe(false);
    expect(check({ question: "support", operator: "equals", value: "wmo" })).toBe(true);
    expect(check({ question: "support", operator: "equals", value: "_anders" })).toBe(true);
    expect(check({ question: "support", operator: "equals", value: "jeugd" })).toBe(false);
    expect(check({ question: "grid", statement: "s1", operator: "equals", value: "4" })).toBe(true);
    expect(check({ question: "grid", statement: "s2", operator: "equals", value: "4" })).toBe(false);
    expect(check({ question: "score", operator: "equals", value: 7 })).toBe(true);
    expect(check({ question: "score", operator: "equals", value: "7" })).toBe(false);
    expect(check({ question: "age", operator: "equals", value: 0 })).toBe(true);
    expect(check({ question: "district", operator: "equals", value: "noord" })).toBe(true);
    expect(check({ question: "name", operator: "equals", value: "Centrum" })).toBe(true);
  });

  it("not_equals: answered and different; multiple choice means the option is not chosen", () => {
    expect(check({ question: "gender", operator: "not_equals", value: "man" })).toBe(true);
    expect(check({ question: "gender", operator: "not_equals", value: "vrouw" })).toBe(false);
    expect(check({ question: "support", operator: "not_equals", value: "jeugd" })).toBe(true);
    expect(check({ question: "support", operator: "not_equals", value: "wmo" })).toBe(false);
    expect(check({ question: "score", operator: "not_equals", value: 3 })).toBe(true);
  });

  it("any_of: at least one listed value is chosen or equal", () => {
    expect(check({ question: "gender", operator: "any_of", value: ["man", "vrouw"] })).toBe(true);
    expect(check({ question: "gender", operator: "any_of", value: ["man", "x"] })).toBe(false);
    expect(check({ question: "support", operator: "any_of", value: ["jeugd", "wmo"] })).toBe(true);
    expect(check({ question: "support", operator: "any_of", value: ["jeugd", "schuld"] })).toBe(false);
    expect(check({ question: "grid", statement: "s2", operator: "any_of", value: ["_weet_niet"] })).toBe(
      true,
    );
  });

  it("gt / lt compare numbers strictly", () => {
    expect(check({ question: "score", operator: "gt", value: 6 })).toBe(true);
    expect(check({ question: "score", operator: "gt", value: 7 })).toBe(false);
    expect(check({ question: "score", operator: "lt", value: 8 })).toBe(true);
    expect(check({ question: "score", operator: "lt", value: 7 })).toBe(false);
    expect(check({ question: "age", operator: "lt", value: 1 })).toBe(true);
  });

  it("answered: a non-empty answer (0 counts; empty text, list or likert statement does not)", () => {
    expect(check({ question: "age", operator: "answered" })).toBe(true);
    expect(check({ question: "order", operator: "answered" })).toBe(true);
    expect(check({ question: "grid", statement: "s1", operator: "answered" })).toBe(true);
    expect(check({ question: "grid", statement: "s3", operator: "answered" })).toBe(false);
    expect(check({ question: "name", operator: "answered" }, { name: "  " })).toBe(false);
    expect(check({ question: "support", operator: "answered" }, { support: { choices: [] } })).toBe(false);
    expect(isAnswered({ choice: "" })).toBe(false);
    expect(isAnswered({})).toBe(false);
  });

  it("an unanswered question makes every operator false, not_equals included", () => {
    const none = {};
    for (const node of [
      { question: "gender", operator: "equals", value: "man" },
      { question: "gender", operator: "not_equals", value: "man" },
      { question: "gender", operator: "any_of", value: ["man"] },
      { question: "score", operator: "gt", value: -1 },
      { question: "score", operator: "lt", value: 11 },
      { question: "score", operator: "answered" },
      { question: "grid", statement: "s1", operator: "not_equals", value: "1" },
    ] as ConditionNode[]) {
      expect(check(node, none)).toBe(false);
    }
  });

  it("all is AND, any is OR, and they nest", () => {
    const yes = { question: "gender", operator: "equals", value: "vrouw" } as const;
    const no = { question: "gender", operator: "equals", value: "man" } as const;
    expect(check({ all: [yes, yes] })).toBe(true);
    expect(check({ all: [yes, no] })).toBe(false);
    expect(check({ any: [no, yes] })).toBe(true);
    expect(check({ any: [no, no] })).toBe(false);
    expect(
      check({ all: [yes, { any: [no, { all: [yes, { question: "score", operator: "gt", value: 5 }] }] }] }),
    ).toBe(true);
    expect(check({ any: [no, { all: [yes, no] }] })).toBe(false);
  });
});

function parsed(input: unknown): SurveyDefinition {
  const result = parseDefinition(input);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.definition;
}

// gender → (women only) score → (score > 5) age on page 1; page 2 only when age answered; page 3 always.
const survey = parsed(
  definition([
    {
      id: "p1",
      questions: [
        q.gender,
        { ...q.score, visibleIf: { question: "gender", operator: "equals", value: "vrouw" } },
        { ...q.age, visibleIf: { question: "score", operator: "gt", value: 5 } },
      ],
    },
    { id: "p2", visibleIf: { question: "age", operator: "answered" }, questions: [q.name] },
    {
      id: "p3",
      questions: [
        q.district,
        { ...q.story, visibleIf: { question: "name", operator: "not_equals", value: "x" } },
      ],
    },
  ]),
);

describe("visibility", () => {
  it("shows everything that holds, in survey order", () => {
    const all = { gender: { choice: "vrouw" }, score: 8, age: 40, name: "y" };
    expect([...visibleQuestionIds(survey, all)]).toEqual([
      "gender",
      "score",
      "age",
      "name",
      "district",
      "story",
    ]);
    expect(visiblePages(survey, all).map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
  });

  it("cascades: a hidden question's stored answer counts as absent for later conditions and pages", () => {
    // score and age keep stale answers, but gender no longer shows score, so age and page 2 go too.
    const stale = { gender: { choice: "man" }, score: 8, age: 40, name: "y" };
    expect([...visibleQuestionIds(survey, stale)]).toEqual(["gender", "district"]);
    expect(visiblePages(survey, stale).map((p) => p.id)).toEqual(["p1", "p3"]);
    expect(isQuestionVisible(survey, stale, "age")).toBe(false);
    expect(isQuestionVisible(survey, stale, "district")).toBe(true);
    // story depends on name (not_equals): name sits on the hidden page 2, so story is hidden too.
    expect(isQuestionVisible(survey, stale, "story")).toBe(false);
    expect(visibleQuestionsOfPage(survey, stale, "p2")).toEqual([]);
    expect(visibleQuestionsOfPage(survey, stale, "p3").map((x) => x.id)).toEqual(["district"]);
  });

  it("pruneHiddenAnswers keeps only answers of visible questions and drops unknown ids", () => {
    const stale = { gender: { choice: "man" }, score: 8, age: 40, name: "y", district: "zuid", ghost: "boo" };
    expect(pruneHiddenAnswers(survey, stale)).toEqual({ gender: { choice: "man" }, district: "zuid" });
    const fine = { gender: { choice: "vrouw" }, score: 8, age: 40 };
    expect(pruneHiddenAnswers(survey, fine)).toEqual(fine);
  });
});
