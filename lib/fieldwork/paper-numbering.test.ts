import { describe, expect, it } from "vitest";
import { definition, sampleQuestions as q } from "@/lib/surveys/definition/test-definitions";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { conditionWords, numberedOptions, questionNumbers } from "./paper-numbering";
import { generateResponseCode, normalizeResponseCode } from "./response-code";

const parsed = parseDefinition(
  definition([
    { id: "p1", questions: [{ ...q.gender, other: true, dontKnow: true }, q.district] },
    {
      id: "p2",
      questions: [
        q.grid,
        {
          ...q.support,
          visibleIf: {
            any: [
              { question: "gender", operator: "any_of", value: ["man", "vrouw"] },
              { question: "grid", statement: "s2", operator: "equals", value: "5" },
            ],
          },
        },
      ],
    },
  ]),
);
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const survey = parsed.definition;

describe("numbering a survey for paper and phone", () => {
  it("numbers questions through all pages, and options as the resident's page shows them", () => {
    expect([...questionNumbers(survey)]).toEqual([
      ["gender", 1],
      ["district", 2],
      ["grid", 3],
      ["support", 4],
    ]);
    expect(numberedOptions(survey.pages[0].questions[0]).map((o) => [o.number, o.label ?? o.kind])).toEqual([
      [1, "MAN"],
      [2, "VROUW"],
      [3, "X"],
      [4, "other"],
      [5, "dontKnow"],
    ]);
  });

  it("tells a condition by question numbers and the labels residents read", () => {
    const support = survey.pages[1].questions[1];
    expect(support.visibleIf && conditionWords(support.visibleIf, survey)).toEqual({
      kind: "any",
      parts: [
        { kind: "rule", operator: "any_of", questionNumber: 1, statement: null, values: ["MAN", "VROUW"] },
        {
          kind: "rule",
          operator: "equals",
          questionNumber: 3,
          statement: "Ik weet waar ik hulp kan vinden.",
          values: ["5"],
        },
      ],
    });
  });
});

describe("response codes", () => {
  it("are readable (no 0, O, 1, I or L) and read back from what people type", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateResponseCode();
      expect(code).not.toMatch(/[01OIL]/);
      expect(normalizeResponseCode(code.toLowerCase().replace("-", " "))).toBe(code);
    }
    expect(normalizeResponseCode("K7M2Q9PX")).toBe("K7M2-Q9PX");
    expect(normalizeResponseCode("K7M2-Q9P")).toBeNull();
    expect(normalizeResponseCode("K7M2-Q9P0")).toBeNull();
  });
});
