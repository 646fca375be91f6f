import type { SurveyDefinition, SurveyDefinitionInput } from "./schema";
import { surveyDefinitionSchema } from "./schema";
import type { FieldChange, PageDiff, QuestionDiff } from "./version-diff";

// Hand-made versions of a small survey, as staff would revise it after the Adviesraad's advice.

export const opt = (value: string, label: string) => ({ value, label });

const v1Input: SurveyDefinitionInput = {
  title: "Mantelzorg in Oosterhout",
  intro: "Wij willen weten hoe het met u gaat.",
  privacy: "Wij bewaren alleen uw antwoorden.",
  closing: "Dank u wel.",
  estimatedMinutes: 5,
  pages: [
    {
      id: "zorg",
      title: "Uw zorg",
      questions: [
        {
          id: "voor-wie",
          type: "single_choice",
          text: "Voor wie zorgt u het meest?",
          required: true,
          options: [
            opt("partner", "Mijn partner"),
            opt("ouder", "Mijn vader of moeder"),
            opt("kind", "Mijn kind"),
          ],
        },
        { id: "uren", type: "number", text: "Hoeveel uur per week zorgt u?", min: 0, max: 168 },
        { id: "zwaar", type: "rating", text: "Hoe zwaar is de zorg voor u?" },
      ],
    },
    {
      id: "steun",
      title: "Steun",
      questions: [
        {
          id: "stellingen",
          type: "likert",
          text: "Hoe eens bent u het hiermee?",
          statements: [
            { id: "s1", text: "Ik krijg genoeg steun." },
            { id: "s2", text: "Ik weet waar ik hulp vind." },
          ],
          scale: [opt("1", "Oneens"), opt("2", "Neutraal"), opt("3", "Eens")],
        },
        { id: "wens", type: "long_text", text: "Welke steun zou u helpen?" },
      ],
    },
    {
      id: "over-u",
      title: "Over u",
      questions: [{ id: "wijk", type: "short_text", text: "In welke wijk woont u?" }],
    },
  ],
};

export const parse = (input: SurveyDefinitionInput): SurveyDefinition => surveyDefinitionSchema.parse(input);
export const v1 = parse(v1Input);
/** A deep copy of version 1 to change by hand in each test. */
export const copy = (): SurveyDefinitionInput => structuredClone(v1Input);

export const page = (diff: { pages: PageDiff[] }, id: string) => {
  const found = diff.pages.find((p) => p.id === id);
  if (!found) throw new Error(`no page ${id} in diff`);
  return found;
};
export const question = (diff: { pages: PageDiff[] }, id: string): QuestionDiff => {
  const found = diff.pages.flatMap((p) => p.questions).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id} in diff`);
  return found;
};
export const field = (changes: FieldChange[], name: string) => changes.find((c) => c.field === name);
export const questionOrder = (p: PageDiff) => p.questions.map((q) => `${q.id}:${q.change}`);
