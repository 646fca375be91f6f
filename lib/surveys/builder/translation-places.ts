import type { SurveyDefinitionInput } from "@/lib/surveys/definition/schema";

/*
 * Where a translation key's text stands in the survey, so the translations screen can label each
 * field the way staff know the survey ("Vraag 4: antwoord 2") rather than by its key alone.
 * Pages and questions are numbered from 1 in reading order, questions through the whole survey.
 */

export type TranslationPart =
  | "title"
  | "intro"
  | "privacy"
  | "closing"
  | "pageTitle"
  | "pageIntro"
  | "questionText"
  | "help"
  | "option"
  | "statement"
  | "scale"
  | "minLabel"
  | "maxLabel"
  | "unit"
  | "other";

export type TranslationPlace = {
  part: TranslationPart;
  page?: number;
  question?: number;
  /** The option's, statement's or scale point's position in its list. */
  number?: number;
};

const QUESTION_PARTS: Record<string, TranslationPart> = {
  text: "questionText",
  help: "help",
  minLabel: "minLabel",
  maxLabel: "maxLabel",
  unit: "unit",
};
const LIST_PARTS: Record<string, TranslationPart> = {
  options: "option",
  statements: "statement",
  scale: "scale",
};

export function translationPlaces(definition: SurveyDefinitionInput): Map<string, TranslationPlace> {
  const places = new Map<string, TranslationPlace>();
  for (const part of ["title", "intro", "privacy", "closing"] as const) places.set(part, { part });
  let question = 0;
  definition.pages.forEach((page, pageIndex) => {
    const at = { page: pageIndex + 1 };
    places.set(`pages.${page.id}.title`, { part: "pageTitle", ...at });
    places.set(`pages.${page.id}.intro`, { part: "pageIntro", ...at });
    for (const q of page.questions) {
      question += 1;
      const where = { ...at, question };
      for (const [field, part] of Object.entries(QUESTION_PARTS)) {
        places.set(`questions.${q.id}.${field}`, { part, ...where });
      }
      const lists: Record<string, readonly { value?: string; id?: string }[] | undefined> = {
        options: "options" in q ? q.options : undefined,
        statements: "statements" in q ? q.statements : undefined,
        scale: "scale" in q ? q.scale : undefined,
      };
      for (const [list, items] of Object.entries(lists)) {
        items?.forEach((item, index) => {
          places.set(`questions.${q.id}.${list}.${item.value ?? item.id}`, {
            part: LIST_PARTS[list],
            ...where,
            number: index + 1,
          });
        });
      }
    }
  });
  return places;
}
