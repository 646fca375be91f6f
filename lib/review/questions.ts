import type { Question, SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * The questions of a shared version, in reading order, numbered across the whole survey as the
 * review document shows them ("Vraag 3"), for linking advice points and threads to questions.
 */

export type QuestionRef = {
  id: string;
  /** 1-based position in the whole survey. */
  number: number;
  text: string;
  pageId: string;
  pageTitle: string;
  question: Question;
};

export function questionRefs(definition: SurveyDefinition): QuestionRef[] {
  let number = 0;
  return definition.pages.flatMap((page) =>
    page.questions.map((question) => {
      number += 1;
      return {
        id: question.id,
        number,
        text: question.text,
        pageId: page.id,
        pageTitle: page.title,
        question,
      };
    }),
  );
}

export function questionIdSet(definition: SurveyDefinition): Set<string> {
  return new Set(definition.pages.flatMap((page) => page.questions.map((q) => q.id)));
}
