import { isRecord, pagePlace, questionPlace, readableId } from "./definition-places";
import { type ConditionNode, conditionNodeSchema, type Question, questionSchema } from "./schema";

/*
 * A tolerant reading of a raw definition for the cross-reference checks, so they can run (and
 * report) even when some other part of the document has shape errors. A question whose own shape
 * is broken still counts as "known" by its id, so references to it do not add false errors.
 */

export type QuestionEntry = {
  pageIndex: number;
  pageId: string | undefined;
  index: number;
  /** Position in the whole survey, for "earlier/later" checks. */
  ordinal: number;
  id: string | undefined;
  /** The parsed question (defaults applied) when its shape is valid. */
  question: Question | undefined;
  visibleIf: ConditionNode | undefined;
  place: string;
};

export type PageEntry = {
  index: number;
  id: string | undefined;
  visibleIf: ConditionNode | undefined;
  place: string;
  questions: QuestionEntry[];
};

function parsedCondition(raw: unknown): ConditionNode | undefined {
  if (raw === undefined) return undefined;
  const parsed = conditionNodeSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function readDefinitionModel(input: unknown): PageEntry[] {
  const rawPages = isRecord(input) && Array.isArray(input.pages) ? input.pages : [];
  let ordinal = 0;
  return rawPages.map((rawPage: unknown, pageIndex) => {
    const page = isRecord(rawPage) ? rawPage : {};
    const pageId = readableId(page.id);
    const rawQuestions = Array.isArray(page.questions) ? page.questions : [];
    const questions = rawQuestions.map((rawQuestion: unknown, index): QuestionEntry => {
      const q = isRecord(rawQuestion) ? rawQuestion : {};
      const id = readableId(q.id);
      const parsed = questionSchema.safeParse(rawQuestion);
      return {
        pageIndex,
        pageId,
        index,
        ordinal: ordinal++,
        id,
        question: parsed.success ? parsed.data : undefined,
        visibleIf: parsedCondition(q.visibleIf),
        place: questionPlace(pageIndex, pageId, index, id),
      };
    });
    return {
      index: pageIndex,
      id: pageId,
      visibleIf: parsedCondition(page.visibleIf),
      place: pagePlace(pageIndex, pageId),
      questions,
    };
  });
}
