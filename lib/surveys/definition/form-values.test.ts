import { describe, expect, it } from "vitest";
import { validatePageAnswers } from "./answer-schema";
import type { Answers } from "./answer-types";
import { answerToFormValue, emptyFormValues, formDataToValues, formValuesFromAnswers } from "./form-values";
import { sampleQuestions as q, question } from "./test-definitions";

const questions = Object.values(q).map((raw) => question(raw));
const byId = Object.fromEntries(questions.map((x) => [x.id, x]));

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("emptyFormValues", () => {
  it("gives every question its empty shape", () => {
    expect(emptyFormValues(questions)).toEqual({
      gender: { choice: "", other: "" },
      support: { choices: [], other: "" },
      grid: { s1: "", s2: "" },
      score: "",
      age: "",
      name: "",
      story: "",
      district: "",
      order: { zorg: "", werk: "", geld: "" },
    });
  });
});

describe("formDataToValues", () => {
  it("reads every field name pattern of a no-JavaScript POST", () => {
    const { values, unknownFields } = formDataToValues(
      questions,
      form([
        ["$ACTION_ID_abc", "x"],
        ["_csrf", "token"],
        ["gender.choice", "vrouw"],
        ["support.choices", "wmo"],
        ["support.choices", "_anders"],
        ["support.other", "mantelzorg"],
        ["grid.s1", "4"],
        ["score", "8"],
        ["name", "Centrum"],
        ["order.zorg", "1"],
        ["order.werk", "3"],
        ["order.geld", "2"],
      ]),
    );
    expect(unknownFields).toEqual([]);
    expect(values).toMatchObject({
      gender: { choice: "vrouw", other: "" },
      support: { choices: ["wmo", "_anders"], other: "mantelzorg" },
      grid: { s1: "4", s2: "" },
      score: "8",
      age: "",
      name: "Centrum",
      order: { zorg: "1", werk: "3", geld: "2" },
    });
    expect(validatePageAnswers(questions, values)).toEqual({
      ok: true,
      answers: {
        gender: { choice: "vrouw" },
        support: { choices: ["wmo", "_anders"], other: "mantelzorg" },
        grid: { s1: "4" },
        score: 8,
        name: "Centrum",
        order: ["zorg", "geld", "werk"],
      },
    });
  });

  it("reports field names that belong to no question on the page", () => {
    const { unknownFields } = formDataToValues(
      [byId.gender, byId.grid, byId.score, byId.order],
      form([
        ["gender.choice", "man"],
        ["gender.other", "x"], // gender has no "anders"
        ["gender", "man"],
        ["grid.s9", "1"],
        ["score.value", "3"],
        ["order.hack", "1"],
        ["district", "noord"], // a question of another page
        ["district", "zuid"],
      ]),
    );
    expect(unknownFields).toEqual([
      "gender.other",
      "gender",
      "grid.s9",
      "score.value",
      "order.hack",
      "district",
    ]);
  });

  it("keeps the first value of a field posted twice, and ignores files", () => {
    const data = form([
      ["score", "3"],
      ["score", "9"],
    ]);
    data.append("name", new Blob(["secret"]), "upload.txt");
    const { values } = formDataToValues([byId.score, byId.name], data);
    expect(values).toEqual({ score: "3", name: "" });
  });
});

describe("answerToFormValue", () => {
  const stored: Answers = {
    gender: { choice: "_anders", other: "non-binair" },
    support: { choices: ["wmo", "_anders"], other: "mantelzorg" },
    grid: { s1: "4" },
    score: 0,
    age: 42,
    name: "Centrum",
    story: "regel 1\nregel 2",
    district: "noord",
    order: ["geld", "zorg", "werk"],
  };
  const roomy = questions.map((x) => (x.id === "gender" ? question({ ...q.gender, other: true }) : x));

  it("prefills form values that validate back to the same stored answers", () => {
    const values = formValuesFromAnswers(roomy, stored);
    expect(values.order).toEqual({ geld: "1", zorg: "2", werk: "3" });
    expect(values.grid).toEqual({ s1: "4", s2: "" });
    expect(values.score).toBe("0");
    expect(validatePageAnswers(roomy, values)).toEqual({ ok: true, answers: stored });
  });

  it("gives the empty value for a missing or malformed stored answer", () => {
    expect(answerToFormValue(byId.gender, undefined)).toEqual({ choice: "", other: "" });
    expect(answerToFormValue(byId.support, "wmo")).toEqual({ choices: [], other: "" });
    expect(answerToFormValue(byId.score, "7")).toBe("");
    expect(answerToFormValue(byId.order, { zorg: 1 } as unknown as string[])).toEqual({
      zorg: "",
      werk: "",
      geld: "",
    });
  });
});
