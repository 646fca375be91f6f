import { validatePageAnswers } from "@/lib/surveys/definition/answer-schema";
import type { AnswerError, Answers } from "@/lib/surveys/definition/answer-types";
import { evaluateCondition, pruneHiddenAnswers, visiblePages } from "@/lib/surveys/definition/conditions";
import { formValuesFromAnswers } from "@/lib/surveys/definition/form-values";
import type { ConditionNode, Page, Question, SurveyDefinition } from "@/lib/surveys/definition/schema";

export type AnswerMap = Record<string, unknown>;

export type PageEvaluation = {
  /** The questions of this page that are shown, given earlier answers and answers on this page. */
  visibleQuestions: Question[];
  /** Valid answers to visible questions on this page. */
  answers: AnswerMap;
  errors: AnswerError[];
};

/**
 * Walks the page's questions in order, so a question that depends on an earlier one on the same
 * page is shown (and validated) only when that earlier answer is valid and meets the condition.
 * The browser runs the same function on every change; the server runs it on every submit.
 */
export function evaluatePage(
  page: Page,
  pageContext: AnswerMap,
  values: Record<string, unknown>,
): PageEvaluation {
  const context: AnswerMap = { ...pageContext };
  const visibleQuestions: Question[] = [];
  const answers: AnswerMap = {};
  const errors: AnswerError[] = [];
  for (const question of page.questions) {
    if (question.visibleIf && !evaluateCondition(question.visibleIf, context)) continue;
    visibleQuestions.push(question);
    const result = validatePageAnswers([question], { [question.id]: values[question.id] });
    if (result.ok) {
      if (question.id in result.answers) {
        answers[question.id] = result.answers[question.id];
        context[question.id] = result.answers[question.id];
      }
    } else {
      errors.push(...result.errors);
    }
  }
  return { visibleQuestions, answers, errors };
}

/**
 * The answers from other pages that this page's conditions may read, with answers to questions
 * that are hidden dropped (visibility cascades). This is all the browser needs to show follow-up
 * questions; it never receives the rest of the response.
 */
export function pageContext(definition: SurveyDefinition, storedAnswers: AnswerMap, page: Page): AnswerMap {
  const own = new Set(page.questions.map((q) => q.id));
  const others = Object.fromEntries(Object.entries(storedAnswers).filter(([id]) => !own.has(id)));
  const visible = pruneHiddenAnswers(definition, others as Answers);
  const referenced = new Set(page.questions.flatMap((q) => conditionQuestionIds(q.visibleIf)));
  return Object.fromEntries(Object.entries(visible).filter(([id]) => referenced.has(id)));
}

/** The ids of the questions a condition reads. */
function conditionQuestionIds(node: ConditionNode | undefined): string[] {
  if (!node) return [];
  if ("all" in node) return node.all.flatMap(conditionQuestionIds);
  if ("any" in node) return node.any.flatMap(conditionQuestionIds);
  return [node.question];
}

/** The pages a respondent goes through, given what they answered so far. */
export function pagesInPath(definition: SurveyDefinition, answers: AnswerMap): Page[] {
  return visiblePages(definition, answers);
}

export function findPage(definition: SurveyDefinition, pageId: string): Page | undefined {
  return definition.pages.find((p) => p.id === pageId);
}

/** The visible page after `pageId`, or null when this was the last one. */
export function nextPageId(definition: SurveyDefinition, answers: AnswerMap, pageId: string): string | null {
  const order = definition.pages.map((p) => p.id);
  const from = order.indexOf(pageId);
  const next = pagesInPath(definition, answers).find((p) => order.indexOf(p.id) > from);
  return next?.id ?? null;
}

export function previousPageId(
  definition: SurveyDefinition,
  answers: AnswerMap,
  pageId: string,
): string | null {
  const order = definition.pages.map((p) => p.id);
  const from = order.indexOf(pageId);
  const before = pagesInPath(definition, answers).filter((p) => order.indexOf(p.id) < from);
  return before.at(-1)?.id ?? null;
}

export type Progress = {
  current: number;
  total: number;
  /** True when later pages may still appear or drop out: the total is then "at most". */
  upTo: boolean;
};

/**
 * "Page 3 of 7", counted over the pages this respondent will see. A later page whose condition
 * reads a question on this page or after it is still undecided: it is counted, and the total
 * becomes "at most", so the count never jumps up when a conditional page appears.
 */
export function progressOf(definition: SurveyDefinition, answers: AnswerMap, pageId: string): Progress {
  const path = pagesInPath(definition, answers);
  const onPath = new Set(path.map((p) => p.id));
  const current = path.findIndex((p) => p.id === pageId) + 1;
  const at = definition.pages.findIndex((p) => p.id === pageId);
  const stillOpen = new Set(definition.pages.slice(at).flatMap((p) => p.questions.map((q) => q.id)));
  let total = current;
  let upTo = false;
  for (const later of definition.pages.slice(at + 1)) {
    const undecided = conditionQuestionIds(later.visibleIf).some((id) => stillOpen.has(id));
    if (undecided) upTo = true;
    if (undecided || onPath.has(later.id)) total += 1;
  }
  return { current, total, upTo };
}

/**
 * Before completing, every page on the path is checked again: a respondent who skipped a page by
 * editing a URL is sent back to the first page with a problem.
 */
export function firstIncompletePage(definition: SurveyDefinition, answers: AnswerMap): string | null {
  for (const page of pagesInPath(definition, answers)) {
    const values = formValuesFromAnswers(page.questions, answers as Answers);
    const evaluation = evaluatePage(page, pageContext(definition, answers, page), values);
    if (evaluation.errors.length > 0) return page.id;
  }
  return null;
}
