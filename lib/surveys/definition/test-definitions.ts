import type { Question, SurveyDefinitionInput } from "./schema";
import { questionSchema, surveyDefinitionSchema } from "./schema";

/*
 * Small definitions for the unit tests of lib/survey (not used by the app). Built as plain JSON,
 * as staff would write them, so the tests also exercise the schema's defaults.
 */

type RawQuestion = Record<string, unknown> & { id: string; type: string };

const opts = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));

export const sampleQuestions = {
  gender: {
    id: "gender",
    type: "single_choice",
    text: "Wat is uw geslacht?",
    options: opts("man", "vrouw", "x"),
  },
  support: {
    id: "support",
    type: "multiple_choice",
    text: "Welke hulp krijgt u?",
    options: opts("wmo", "jeugd", "schuld"),
    other: true,
    dontKnow: true,
  },
  grid: {
    id: "grid",
    type: "likert",
    text: "Hoe eens bent u het met deze stellingen?",
    statements: [
      { id: "s1", text: "Ik voel me thuis in mijn wijk." },
      { id: "s2", text: "Ik weet waar ik hulp kan vinden." },
    ],
    scale: opts("1", "2", "3", "4", "5"),
    dontKnow: true,
  },
  score: { id: "score", type: "rating", text: "Welk cijfer geeft u?" },
  age: { id: "age", type: "number", text: "Hoe oud bent u?", min: 12, max: 120 },
  name: { id: "name", type: "short_text", text: "Wat is uw wijk?", maxLength: 20 },
  story: { id: "story", type: "long_text", text: "Vertel meer", maxLength: 100 },
  district: {
    id: "district",
    type: "dropdown",
    text: "In welke wijk woont u?",
    options: opts("centrum", "noord", "zuid"),
  },
  order: {
    id: "order",
    type: "ranking",
    text: "Wat vindt u het belangrijkst?",
    options: opts("zorg", "werk", "geld"),
  },
} satisfies Record<string, RawQuestion>;

export function question(raw: RawQuestion): Question {
  return questionSchema.parse(raw);
}

export function definition(
  pages: { id: string; questions: Record<string, unknown>[]; visibleIf?: unknown }[],
): SurveyDefinitionInput {
  return {
    title: "Peiling sociaal domein",
    intro: "Welkom",
    privacy: "Wij bewaren uw antwoorden anoniem.",
    closing: "Bedankt",
    pages: pages.map((p) => ({ title: `Pagina ${p.id}`, ...p })) as SurveyDefinitionInput["pages"],
  };
}

/** The smallest whole survey: one page with one rating question (tests about a survey's life, not its content). */
export const wasteCollectionDefinition = surveyDefinitionSchema.parse({
  title: "Afval in de wijk",
  intro: "Wat vindt u van het ophalen van afval?",
  privacy: "Wij bewaren alleen uw antwoorden.",
  closing: "Dank u wel.",
  pages: [
    { id: "p1", title: "Afval", questions: [{ id: "q1", type: "rating", text: "Welk cijfer geeft u?" }] },
  ],
});
