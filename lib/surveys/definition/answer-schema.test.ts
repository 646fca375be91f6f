import { describe, expect, it } from "vitest";
import {
  answerErrorParams,
  buildPageAnswerSchema,
  formValuesToAnswers,
  validatePageAnswers,
} from "./answer-schema";
import type { AnswerError } from "./answer-types";
import { sampleQuestions as q, question } from "./test-definitions";

const req = <T extends object>(raw: T) => ({ ...raw, required: true });

const gender = question(req(q.gender));
const support = question(req({ ...q.support, maxSelected: 2 }));
const grid = question(req(q.grid));
const score = question(req(q.score));
const age = question(q.age);
const name = question(q.name);
const story = question(req(q.story));
const district = question(q.district);
const order = question(req(q.order));
const all = [gender, support, grid, score, age, name, story, district, order];

function errors(questions: Parameters<typeof validatePageAnswers>[0], values: unknown): AnswerError[] {
  const result = validatePageAnswers(questions, values);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.answers)}`);
  return result.errors;
}
const one = (questions: Parameters<typeof validatePageAnswers>[0], values: unknown) => {
  const list = errors(questions, values);
  expect(list).toHaveLength(1);
  return list[0];
};
function answers(questions: Parameters<typeof validatePageAnswers>[0], values: unknown) {
  const result = validatePageAnswers(questions, values);
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.answers;
}

describe("validatePageAnswers: valid answers become stored answers", () => {
  it("converts every question type", () => {
    expect(
      answers(all, {
        gender: { choice: "vrouw", other: "ignored" },
        support: { choices: ["_anders", "wmo"], other: "  mantelzorg " },
        grid: { s1: "4", s2: "_weet_niet" },
        score: "0",
        age: " 67 ",
        name: "  Oosterhout Noord ",
        story: "regel 1\r\nregel 2",
        district: "zuid",
        order: { zorg: "2", werk: "3", geld: "1" },
      }),
    ).toEqual({
      gender: { choice: "vrouw" },
      support: { choices: ["wmo", "_anders"], other: "mantelzorg" },
      grid: { s1: "4", s2: "_weet_niet" },
      score: 0,
      age: 67,
      name: "Oosterhout Noord",
      story: "regel 1\nregel 2",
      district: "zuid",
      order: ["geld", "zorg", "werk"],
    });
  });

  it("leaves out optional questions left empty, and keeps a partial optional likert", () => {
    const optional = [
      question(q.gender),
      question(q.support),
      question(q.grid),
      question(q.order),
      age,
      name,
      district,
    ];
    const empty = {
      gender: { choice: "", other: "" },
      support: { choices: [], other: "" },
      grid: { s1: "", s2: "" },
    };
    expect(
      answers(optional, { ...empty, order: { zorg: "", werk: "", geld: "" }, age: "", name: "   " }),
    ).toEqual({});
    expect(answers(optional, {})).toEqual({});
    expect(answers([question(q.grid)], { grid: { s1: "2", s2: "" } })).toEqual({ grid: { s1: "2" } });
  });

  it("accepts a decimal comma where decimals are allowed and 'anders' with text", () => {
    const weight = question({ id: "weight", type: "number", text: "Gewicht", integer: false, min: 0 });
    expect(answers([weight], { weight: "72,5" })).toEqual({ weight: 72.5 });
    expect(answers([gender], { gender: { choice: "man" } })).toEqual({ gender: { choice: "man" } });
    const withOther = question({ ...q.gender, other: true });
    expect(answers([withOther], { gender: { choice: "_anders", other: "non-binair" } })).toEqual({
      gender: { choice: "_anders", other: "non-binair" },
    });
  });

  it("ignores form keys of other questions (formDataToValues reports those)", () => {
    expect(answers([district], { district: "noord", smuggled: "x" })).toEqual({ district: "noord" });
  });
});

describe("validatePageAnswers: bad answers are refused with a code and a field to link to", () => {
  it("missing required answers, one per question (and per likert statement / ranking)", () => {
    expect(errors(all, {})).toEqual([
      { questionId: "gender", field: "vraag-gender", code: "required" },
      { questionId: "support", field: "vraag-support", code: "required" },
      { questionId: "grid", field: "vraag-grid", code: "required" },
      { questionId: "grid", field: "vraag-grid-s2", code: "required" },
      { questionId: "score", field: "vraag-score", code: "required" },
      { questionId: "story", field: "vraag-story", code: "required" },
      { questionId: "order", field: "vraag-order", code: "required" },
    ]);
  });

  it("wrong types", () => {
    expect(one([gender], { gender: "vrouw" })).toMatchObject({ code: "invalid", field: "vraag-gender" });
    expect(one([gender], { gender: { choice: ["vrouw"] } })).toMatchObject({ code: "invalid" });
    expect(one([support], { support: { choices: [1] } })).toMatchObject({ code: "invalid" });
    expect(one([grid], { grid: ["4"] })).toMatchObject({ code: "invalid" });
    expect(one([name], { name: { text: "x" } })).toMatchObject({ code: "invalid" });
    expect(one([district], { district: ["noord"] })).toMatchObject({ code: "invalid" });
    expect(one([gender], "not an object")).toMatchObject({ questionId: "gender", code: "invalid" });
  });

  it("unknown options, including the reserved values when not enabled", () => {
    expect(one([gender], { gender: { choice: "onbekend" } })).toMatchObject({ code: "unknown_option" });
    expect(one([gender], { gender: { choice: "_anders", other: "x" } })).toMatchObject({
      code: "unknown_option",
    });
    expect(one([support], { support: { choices: ["wmo", "hack"] } })).toMatchObject({
      code: "unknown_option",
    });
    expect(one([grid], { grid: { s1: "6", s2: "1" } })).toEqual({
      questionId: "grid",
      field: "vraag-grid",
      code: "unknown_option",
    });
    expect(one([district], { district: "west" })).toMatchObject({ code: "unknown_option" });
  });

  it("'anders, namelijk' needs text, at most 200 characters", () => {
    expect(one([support], { support: { choices: ["_anders"], other: "  " } })).toEqual({
      questionId: "support",
      field: "vraag-support-other",
      code: "other_required",
    });
    expect(one([support], { support: { choices: ["_anders"], other: "x".repeat(201) } })).toEqual({
      questionId: "support",
      field: "vraag-support-other",
      code: "too_long",
      params: { max: 200 },
    });
  });

  it("'weet niet' cannot go with another option; no more than maxSelected", () => {
    expect(one([support], { support: { choices: ["wmo", "_weet_niet"] } })).toMatchObject({
      code: "dont_know_exclusive",
    });
    expect(one([support], { support: { choices: ["wmo", "jeugd", "schuld"] } })).toEqual({
      questionId: "support",
      field: "vraag-support",
      code: "too_many",
      params: { max: 2 },
    });
  });

  it("text beyond maxLength is refused, not truncated — also a 1 MB paste", () => {
    expect(one([name], { name: "x".repeat(21) })).toEqual({
      questionId: "name",
      field: "vraag-name",
      code: "too_long",
      params: { max: 20 },
    });
    expect(one([story], { story: "a".repeat(1024 * 1024) })).toMatchObject({
      code: "too_long",
      params: { max: 100 },
    });
    // CRLF counts as one character, as the browser's maxlength does.
    expect(answers([name], { name: `${"x".repeat(9)}\r\n${"y".repeat(10)}` }).name).toHaveLength(20);
  });

  it("numbers: not a number, not an integer, out of range", () => {
    expect(one([score], { score: "tien" })).toMatchObject({ code: "not_a_number" });
    expect(one([score], { score: "7.5" })).toMatchObject({ code: "not_integer" });
    expect(one([score], { score: "11" })).toMatchObject({ code: "too_large", params: { min: 0, max: 10 } });
    expect(one([score], { score: "-1" })).toMatchObject({ code: "too_small", params: { min: 0, max: 10 } });
    expect(one([age], { age: "1e3" })).toMatchObject({ code: "not_a_number" });
    expect(one([age], { age: "9".repeat(400) })).toMatchObject({ code: "not_a_number" });
    expect(one([age], { age: "11" })).toEqual({
      questionId: "age",
      field: "vraag-age",
      code: "too_small",
      params: { min: 12, max: 120 },
    });
    expect(one([age], { age: "121" })).toMatchObject({ code: "too_large" });
    expect(one([age], { age: "30,5" })).toMatchObject({ code: "not_integer" });
  });

  it("ranking: incomplete, duplicate or out-of-range ranks", () => {
    expect(one([order], { order: { zorg: "1", werk: "", geld: "2" } })).toEqual({
      questionId: "order",
      field: "vraag-order-werk",
      code: "ranking_incomplete",
      params: { max: 3 },
    });
    expect(one([order], { order: { zorg: "1", werk: "2", geld: "1" } })).toEqual({
      questionId: "order",
      field: "vraag-order-geld",
      code: "ranking_duplicate",
    });
    expect(one([order], { order: { zorg: "1", werk: "2", geld: "4" } })).toMatchObject({
      code: "invalid",
      field: "vraag-order-geld",
    });
    // An optional ranking must still be complete once started.
    expect(one([question(q.order)], { order: { zorg: "1", werk: "", geld: "" } })).toMatchObject({
      code: "ranking_incomplete",
    });
  });

  it("ranking with rankCount: only the top places, stored as the ordered values", () => {
    const top2 = question({ ...q.order, rankCount: 2 });
    expect(answers([top2], { order: { zorg: "2", werk: "", geld: "1" } })).toEqual({
      order: ["geld", "zorg"],
    });
    expect(one([top2], { order: { zorg: "1", werk: "", geld: "" } })).toEqual({
      questionId: "order",
      field: "vraag-order-werk",
      code: "ranking_incomplete",
      params: { max: 2 },
    });
    // A place beyond the top asked for is not one of the places offered.
    expect(one([top2], { order: { zorg: "1", werk: "3", geld: "2" } })).toMatchObject({
      code: "invalid",
      field: "vraag-order-werk",
    });
    expect(answers([top2], { order: { zorg: "", werk: "", geld: "" } })).toEqual({});
  });

  it("reports every error of a page, in question order", () => {
    const list = errors(all, {
      gender: { choice: "onbekend" },
      support: { choices: ["_anders"], other: "" },
      grid: { s1: "1", s2: "1" },
      score: "x",
      story: "ok",
      order: { zorg: "1", werk: "1", geld: "1" },
    });
    expect(list.map((e) => `${e.questionId}:${e.code}`)).toEqual([
      "gender:unknown_option",
      "support:other_required",
      "score:not_a_number",
      "order:ranking_duplicate",
    ]);
  });
});

describe("buildPageAnswerSchema (as used by zodResolver)", () => {
  it("puts the error code in message and the form path in path", () => {
    const result = buildPageAnswerSchema([gender, support, grid]).safeParse({
      gender: { choice: "" },
      support: { choices: ["_anders"], other: "" },
      grid: { s1: "1", s2: "" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ["gender", "choice"], message: "required" },
      { path: ["support", "other"], message: "other_required" },
      { path: ["grid", "s2"], message: "required" },
    ]);
  });

  it("treats react-hook-form's untouched checkbox group (false) as no choice", () => {
    expect(
      buildPageAnswerSchema([question(q.support)]).safeParse({ support: { choices: false, other: "" } }),
    ).toEqual({
      success: true,
      data: {},
    });
  });
});

describe("formValuesToAnswers", () => {
  it("keeps valid answers and silently drops invalid or empty ones (for live visibility)", () => {
    expect(
      formValuesToAnswers([gender, score, age], {
        gender: { choice: "man", other: "" },
        score: "12",
        age: "",
      }),
    ).toEqual({ gender: { choice: "man" } });
  });
});

describe("answerErrorParams (client side, where zodResolver keeps only the code)", () => {
  it("gives the same params the server puts on its errors", () => {
    expect(answerErrorParams(name, "too_long")).toEqual({ max: 20 });
    expect(answerErrorParams(support, "too_long", ["support", "other"])).toEqual({ max: 200 });
    expect(answerErrorParams(support, "too_many")).toEqual({ max: 2 });
    expect(answerErrorParams(age, "too_small")).toEqual({ min: 12, max: 120 });
    expect(answerErrorParams(score, "too_large")).toEqual({ min: 0, max: 10 });
    expect(answerErrorParams(gender, "required")).toBeUndefined();
  });
});
