import { isRecord, pagePlace, questionPlace, readableId } from "@/lib/surveys/definition/definition-places";

/*
 * `parseDefinition` names the place of every problem in words (`page 2 ("wonen"), question "q7":
 * …`). The builder links each message to the page or question it names: this finds the path of
 * that page or question in the definition the form was turned into (the same order as the form).
 */

const SURVEY_LEVEL = "_definition";

export function placeErrorsToPaths(definition: unknown, errors: readonly string[]): Record<string, string[]> {
  const places: { place: string; path: string }[] = [];
  const pages = isRecord(definition) && Array.isArray(definition.pages) ? definition.pages : [];
  pages.forEach((page: unknown, p) => {
    const pageId = isRecord(page) ? readableId(page.id) : undefined;
    places.push({ place: pagePlace(p, pageId), path: `pages.${p}` });
    const questions = isRecord(page) && Array.isArray(page.questions) ? page.questions : [];
    questions.forEach((question: unknown, q) => {
      const questionId = isRecord(question) ? readableId(question.id) : undefined;
      places.push({ place: questionPlace(p, pageId, q, questionId), path: `pages.${p}.questions.${q}` });
    });
  });
  // Longest first: `page 1, question 2` must win over `page 1`.
  places.sort((a, b) => b.place.length - a.place.length);
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const match = places.find(({ place }) => error.startsWith(`${place}:`));
    const key = match?.path ?? SURVEY_LEVEL;
    out[key] = [...(out[key] ?? []), error];
  }
  return out;
}
