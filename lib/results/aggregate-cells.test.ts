import { describe, expect, it } from "vitest";
import { type CubeEntry, cubeEntriesForResponse } from "./aggregate-cells";
import { testSurvey } from "./aggregate-test-survey";

const rows = (answers: Record<string, unknown>) =>
  cubeEntriesForResponse(testSurvey, answers).map((e: CubeEntry) =>
    [e.questionId, e.item, e.value].join(" | "),
  );

describe("cubeEntriesForResponse", () => {
  it("gives a status row per question and value rows per question type", () => {
    expect(
      rows({
        gender: { choice: "vrouw" },
        district: "noord",
        support: { choices: ["wmo", "_anders"], other: "mantelzorg" },
        grid: { s1: "4", s2: "_weet_niet" },
        score: 7,
        age: 0,
        order: ["werk", "zorg", "geld"],
        story: "Meer bankjes in het park.",
      }),
    ).toEqual([
      "#respondents |  | ",
      "gender | # | answered",
      "gender |  | vrouw",
      "district | # | answered",
      "district |  | noord",
      "support | # | answered",
      "support |  | wmo",
      "support |  | _anders",
      "grid | # | answered",
      "grid | s1 | 4",
      "grid | s2 | _weet_niet",
      "score | # | answered",
      "score |  | 7",
      "age | # | answered",
      "age |  | 0",
      "order | # | answered",
      "order | werk | 1",
      "order | zorg | 2",
      "order | geld | 3",
      "story | # | answered",
    ]);
  });

  it("keeps a question hidden by its condition (not shown) apart from one left empty (skipped)", () => {
    expect(rows({ gender: { choice: "man" }, score: 10, grid: { s2: "1" } })).toEqual([
      "#respondents |  | ",
      "gender | # | answered",
      "gender |  | man",
      "district | # | skipped",
      "support | # | not_shown",
      "grid | # | answered",
      "grid | s2 | 1",
      "score | # | answered",
      "score |  | 10",
      "age | # | skipped",
      "order | # | skipped",
      "story | # | skipped",
    ]);
  });

  it("marks every question of a hidden page not shown, and ignores answers stored for hidden questions", () => {
    const entries = rows({
      gender: { choice: "_weet_niet" },
      support: { choices: ["wmo"] },
      score: 3,
    });
    expect(entries).toEqual([
      "#respondents |  | ",
      "gender | # | answered",
      "gender |  | _weet_niet",
      "district | # | skipped",
      "support | # | not_shown",
      "grid | # | not_shown",
      "score | # | not_shown",
      "age | # | not_shown",
      "order | # | not_shown",
      "story | # | not_shown",
    ]);
  });

  it("counts an empty answer as skipped and adds no value row for malformed parts", () => {
    const entries = rows({
      gender: { choice: "man", other: "" },
      district: "",
      grid: { s1: "", s9: "3" },
      score: "7",
      age: Number.NaN,
      order: ["zorg", "zorg", 5],
      story: "   ",
    });
    expect(entries).toContain("district | # | skipped");
    expect(entries).toContain("grid | # | answered");
    expect(entries.filter((e) => e.startsWith("grid |"))).toEqual(["grid | # | answered"]);
    // A number stored as text is an answer of the wrong shape: answered, but no value to count.
    expect(entries.filter((e) => e.startsWith("score |"))).toEqual(["score | # | answered"]);
    expect(entries).toContain("age | # | skipped");
    expect(entries.filter((e) => e.startsWith("order |"))).toEqual([
      "order | # | answered",
      "order | zorg | 1",
    ]);
    expect(entries).toContain("story | # | skipped");
  });
});
