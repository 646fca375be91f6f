import { describe, expect, it } from "vitest";
import { type SurveyDefinitionInput, surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import {
  evaluatePage,
  firstIncompletePage,
  nextPageId,
  pageContext,
  previousPageId,
  progressOf,
} from "./page-flow";

const input: SurveyDefinitionInput = {
  title: "Test",
  intro: "Intro",
  privacy: "Privacy",
  closing: "Bedankt",
  pages: [
    {
      id: "p1",
      title: "Een",
      questions: [
        {
          id: "help",
          type: "single_choice",
          text: "Hulp gezocht?",
          required: true,
          options: [
            { value: "ja", label: "Ja" },
            { value: "nee", label: "Nee" },
          ],
        },
        {
          id: "who",
          type: "short_text",
          text: "Bij wie?",
          required: true,
          visibleIf: { question: "help", operator: "equals", value: "ja" },
        },
      ],
    },
    {
      id: "p2",
      title: "Twee",
      visibleIf: { question: "help", operator: "equals", value: "ja" },
      questions: [
        { id: "score", type: "rating", text: "Cijfer?", required: true },
        {
          id: "why",
          type: "short_text",
          text: "Waarom laag?",
          visibleIf: { question: "score", operator: "lt", value: 6 },
        },
      ],
    },
    {
      id: "p3",
      title: "Drie",
      questions: [
        { id: "tips", type: "long_text", text: "Tips?" },
        {
          id: "thanks",
          type: "short_text",
          text: "Ook iets over de hulp?",
          visibleIf: { question: "help", operator: "equals", value: "ja" },
        },
      ],
    },
  ],
};
const definition = surveyDefinitionSchema.parse(input);
const [p1, p2, p3] = definition.pages;

describe("evaluatePage", () => {
  it("shows a follow-up on the same page only when the earlier answer meets its condition", () => {
    const no = evaluatePage(p1, {}, { help: { choice: "nee", other: "" }, who: "" });
    expect(no.visibleQuestions.map((q) => q.id)).toEqual(["help"]);
    expect(no.errors).toEqual([]);
    expect(no.answers).toEqual({ help: { choice: "nee" } });

    const yes = evaluatePage(p1, {}, { help: { choice: "ja", other: "" }, who: "" });
    expect(yes.visibleQuestions.map((q) => q.id)).toEqual(["help", "who"]);
    expect(yes.errors.map((e) => [e.questionId, e.code])).toEqual([["who", "required"]]);
  });

  it("drops the answer to a follow-up that is hidden again", () => {
    const result = evaluatePage(p1, {}, { help: { choice: "nee", other: "" }, who: "De buren" });
    expect(result.answers).toEqual({ help: { choice: "nee" } });
  });

  it("does not show a follow-up whose condition rests on an invalid answer", () => {
    const result = evaluatePage(p2, {}, { score: "elf", why: "" });
    expect(result.visibleQuestions.map((q) => q.id)).toEqual(["score"]);
    expect(result.errors.map((e) => e.code)).toEqual(["not_a_number"]);
  });
});

describe("page order", () => {
  it("skips a page whose condition does not hold, both ways", () => {
    const no = { help: { choice: "nee" } };
    expect(nextPageId(definition, no, "p1")).toBe("p3");
    expect(previousPageId(definition, no, "p3")).toBe("p1");
    const yes = { help: { choice: "ja" }, who: "x" };
    expect(nextPageId(definition, yes, "p1")).toBe("p2");
    expect(nextPageId(definition, yes, "p3")).toBeNull();
    expect(previousPageId(definition, yes, "p1")).toBeNull();
  });

  it("counts progress over the pages this respondent will see", () => {
    expect(progressOf(definition, { help: { choice: "nee" } }, "p3")).toEqual({
      current: 2,
      total: 2,
      upTo: false,
    });
    expect(progressOf(definition, { help: { choice: "ja" } }, "p3")).toEqual({
      current: 3,
      total: 3,
      upTo: false,
    });
  });

  it("counts a page that may still appear, as 'at most', so the total does not jump", () => {
    // On p1 the answer that decides p2 can still change: p2 counts, whatever is stored so far.
    for (const answers of [{}, { help: { choice: "nee" } }, { help: { choice: "ja" } }]) {
      expect(progressOf(definition, answers, "p1")).toEqual({ current: 1, total: 3, upTo: true });
    }
    // Past p1 the question is decided: the total is exact and never above the "at most".
    expect(progressOf(definition, { help: { choice: "ja" } }, "p2")).toEqual({
      current: 2,
      total: 3,
      upTo: false,
    });
  });
});

describe("pageContext", () => {
  it("gives a page only the earlier answers its conditions read, and only visible ones", () => {
    const answers = { help: { choice: "ja" }, who: "buren", score: 4, why: "traag" };
    expect(pageContext(definition, answers, p3)).toEqual({ help: { choice: "ja" } });
    expect(pageContext(definition, answers, p2)).toEqual({});
  });
});

describe("firstIncompletePage", () => {
  it("finds a required answer missing on a page that was skipped", () => {
    expect(firstIncompletePage(definition, {})).toBe("p1");
    expect(firstIncompletePage(definition, { help: { choice: "ja" }, who: "buren" })).toBe("p2");
    expect(firstIncompletePage(definition, { help: { choice: "ja" }, who: "buren", score: 8 })).toBeNull();
    expect(firstIncompletePage(definition, { help: { choice: "nee" } })).toBeNull();
  });
});
