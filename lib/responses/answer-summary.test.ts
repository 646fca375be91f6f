import { describe, expect, it } from "vitest";
import { type SurveyDefinitionInput, surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import { answerSummary, type SummaryWords } from "./answer-summary";

const definition = surveyDefinitionSchema.parse({
  title: "Wonen",
  intro: "Intro",
  privacy: "Privacy",
  closing: "Bedankt",
  pages: [
    {
      id: "een",
      title: "Uw huis",
      questions: [
        {
          id: "soort",
          type: "single_choice",
          text: "Waar woont u?",
          options: [
            { value: "huur", label: "In een huurhuis" },
            { value: "koop", label: "In een koophuis" },
          ],
          other: true,
          dontKnow: true,
        },
        {
          id: "huurder",
          type: "short_text",
          text: "Wie is uw verhuurder?",
          visibleIf: { question: "soort", operator: "equals", value: "huur" },
        },
        { id: "cijfer", type: "rating", text: "Welk cijfer geeft u uw huis?" },
        { id: "kamers", type: "number", text: "Hoeveel kamers?", unit: "kamers" },
      ],
    },
    {
      id: "twee",
      title: "Uw buurt",
      questions: [
        {
          id: "eens",
          type: "likert",
          text: "Bent u het eens?",
          statements: [
            { id: "veilig", text: "De buurt is veilig" },
            { id: "schoon", text: "De buurt is schoon" },
          ],
          scale: [
            { value: "1", label: "Oneens" },
            { value: "2", label: "Eens" },
          ],
          dontKnow: true,
        },
        {
          id: "volgorde",
          type: "ranking",
          text: "Wat is het belangrijkst?",
          options: [
            { value: "groen", label: "Groen" },
            { value: "parkeren", label: "Parkeren" },
          ],
        },
        {
          id: "wat",
          type: "multiple_choice",
          text: "Wat mist u?",
          options: [
            { value: "bank", label: "Een bankje" },
            { value: "boom", label: "Bomen" },
          ],
          other: true,
        },
      ],
    },
    {
      id: "koop",
      title: "Kopen",
      visibleIf: { question: "soort", operator: "equals", value: "koop" },
      questions: [{ id: "hypotheek", type: "short_text", text: "Hoe is uw hypotheek?" }],
    },
  ],
} satisfies SurveyDefinitionInput);

const words: SummaryWords = {
  dontKnow: "Weet niet",
  other: (text) => `Anders: ${text}`,
  statement: (statement, choice) => `${statement}: ${choice}`,
  ranked: (place, option) => `${place}. ${option}`,
  rating: (value) => `${value} van 10`,
};

describe("answerSummary", () => {
  it("lists the pages and questions on the resident's path with the answers in the survey's words", () => {
    const summary = answerSummary(
      definition,
      {
        soort: { choice: "huur" },
        huurder: "Woonstichting",
        cijfer: 8,
        kamers: 4,
        eens: { veilig: "2", schoon: "_weet_niet" },
        volgorde: ["parkeren", "groen"],
        wat: { choices: ["boom", "_anders"], other: "Een speeltuin" },
      },
      words,
    );
    expect(summary).toEqual([
      {
        id: "een",
        title: "Uw huis",
        questions: [
          { id: "soort", text: "Waar woont u?", lines: ["In een huurhuis"] },
          { id: "huurder", text: "Wie is uw verhuurder?", lines: ["Woonstichting"] },
          { id: "cijfer", text: "Welk cijfer geeft u uw huis?", lines: ["8 van 10"] },
          { id: "kamers", text: "Hoeveel kamers?", lines: ["4 kamers"] },
        ],
      },
      {
        id: "twee",
        title: "Uw buurt",
        questions: [
          {
            id: "eens",
            text: "Bent u het eens?",
            lines: ["De buurt is veilig: Eens", "De buurt is schoon: Weet niet"],
          },
          { id: "volgorde", text: "Wat is het belangrijkst?", lines: ["1. Parkeren", "2. Groen"] },
          { id: "wat", text: "Wat mist u?", lines: ["Bomen", "Anders: Een speeltuin"] },
        ],
      },
    ]);
  });

  it("leaves out what the path hides, and lists skipped questions without an answer", () => {
    const summary = answerSummary(
      definition,
      // "huurder" was answered before the resident changed to a bought house: it is not theirs any more.
      { soort: { choice: "koop" }, huurder: "Woonstichting" },
      words,
    );
    expect(summary.map((page) => page.id)).toEqual(["een", "twee", "koop"]);
    expect(summary[0].questions.map((q) => [q.id, q.lines])).toEqual([
      ["soort", ["In een koophuis"]],
      ["cijfer", []],
      ["kamers", []],
    ]);
    expect(summary[2].questions).toEqual([{ id: "hypotheek", text: "Hoe is uw hypotheek?", lines: [] }]);
  });

  it("says a 'don't know' in the interface's words", () => {
    const [page] = answerSummary(definition, { soort: { choice: "_weet_niet" } }, words);
    expect(page.questions[0].lines).toEqual(["Weet niet"]);
  });
});
