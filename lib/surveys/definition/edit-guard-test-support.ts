import { findBlockedChanges } from "./edit-guard";
import { type SurveyDefinition, surveyDefinitionSchema } from "./schema";
import { sampleQuestions } from "./test-definitions";

export const base = (): SurveyDefinition =>
  surveyDefinitionSchema.parse({
    title: "Wonen en zorg",
    intro: "Intro",
    privacy: "Privacy",
    closing: "Dank u wel",
    pages: [
      {
        id: "over-u",
        title: "Over u",
        questions: [sampleQuestions.gender, sampleQuestions.age, sampleQuestions.name],
      },
      {
        id: "hulp",
        title: "Hulp",
        questions: [sampleQuestions.support, sampleQuestions.grid, sampleQuestions.district],
      },
      { id: "slot", title: "Tot slot", questions: [sampleQuestions.story, sampleQuestions.order] },
    ],
  });

/** A copy of the base definition changed by `edit`. */
export function edited(edit: (d: SurveyDefinition) => void): SurveyDefinition {
  const copy = structuredClone(base());
  edit(copy);
  return surveyDefinitionSchema.parse(copy);
}

export function question<T extends SurveyDefinition["pages"][number]["questions"][number]["type"]>(
  d: SurveyDefinition,
  id: string,
  type: T,
) {
  const q = d.pages.flatMap((p) => p.questions).find((x) => x.id === id);
  if (!q || q.type !== type) throw new Error(`no ${type} question ${id}`);
  return q as Extract<typeof q, { type: T }>;
}

export const codes = (after: SurveyDefinition) =>
  findBlockedChanges(base(), after, { hasResponses: true }).map((c) => c.code);
