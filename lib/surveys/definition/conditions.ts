import type { Condition, ConditionNode, Page, Question, SurveyDefinition } from "./schema";

/*
 * Conditional display. Semantics, all deliberate:
 *
 * - A condition on a question that is unanswered, or hidden, is FALSE, for every operator —
 *   including `not_equals`: someone who skipped a question did not give a different answer.
 * - Visibility cascades in survey order: a question hidden by its condition (or on a hidden page)
 *   counts as unanswered for every later condition, even if an answer to it was stored before
 *   it became hidden. The definition validator only allows references to EARLIER questions, so one
 *   pass in survey order settles everything.
 * - equals: single choice → the chosen option; multiple choice → the option is among the choices;
 *   likert (with `statement`) → that statement's scale value; rating/number → numeric equality;
 *   dropdown/text → string equality.
 * - not_equals: answered, and equals would be false.
 * - any_of: at least one listed value would satisfy equals.
 * - gt / lt: numeric answer greater / less than the value.
 * - answered: a non-empty answer (for likert: that statement answered).
 * - { all: [...] } is AND, { any: [...] } is OR.
 *
 * Answers are passed as questionId → stored answer value (lib/surveys/definition/answer-types.ts).
 */

type AnswerLookup = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** True when a stored answer holds something: not absent, not an empty string/list/object. */
export function isAnswered(answer: unknown): boolean {
  if (answer === undefined || answer === null) return false;
  if (typeof answer === "string") return answer.trim() !== "";
  if (typeof answer === "number") return Number.isFinite(answer);
  if (Array.isArray(answer)) return answer.length > 0;
  if (isRecord(answer)) {
    if ("choice" in answer) return typeof answer.choice === "string" && answer.choice !== "";
    if ("choices" in answer) return Array.isArray(answer.choices) && answer.choices.length > 0;
    return Object.values(answer).some((v) => typeof v === "string" && v !== "");
  }
  return false;
}

/** The values an answer "is", for equals/any_of: one for most types, the choices for multiple choice. */
function answerValues(answer: unknown, statement: string | undefined): (string | number)[] {
  if (statement !== undefined) {
    const v = isRecord(answer) ? answer[statement] : undefined;
    return typeof v === "string" && v !== "" ? [v] : [];
  }
  if (typeof answer === "string") return answer.trim() === "" ? [] : [answer.trim()];
  if (typeof answer === "number") return Number.isFinite(answer) ? [answer] : [];
  if (Array.isArray(answer)) return answer.filter((v): v is string => typeof v === "string");
  if (isRecord(answer)) {
    if (typeof answer.choice === "string" && answer.choice !== "") return [answer.choice];
    if (Array.isArray(answer.choices))
      return answer.choices.filter((c): c is string => typeof c === "string");
  }
  return [];
}

const same = (a: string | number, b: unknown) =>
  typeof a === "number" ? typeof b === "number" && a === b : typeof b === "string" && a === b;

function evaluateLeaf(condition: Condition, answers: AnswerLookup): boolean {
  const answer = answers[condition.question];
  if (condition.operator === "answered") {
    return isAnswered(
      condition.statement === undefined ? answer : isRecord(answer) ? answer[condition.statement] : undefined,
    );
  }
  const values = answerValues(answer, condition.statement);
  if (values.length === 0) return false;
  const { value } = condition;
  switch (condition.operator) {
    case "equals":
      return values.some((v) => same(v, value));
    case "not_equals":
      return !values.some((v) => same(v, value));
    case "any_of":
      return Array.isArray(value) && values.some((v) => value.some((w) => same(v, w)));
    case "gt":
      return typeof value === "number" && typeof values[0] === "number" && values[0] > value;
    case "lt":
      return typeof value === "number" && typeof values[0] === "number" && values[0] < value;
  }
}

/**
 * Evaluates a condition tree on answers of VISIBLE questions only (use `pruneHiddenAnswers` or the
 * helpers below, which apply the cascade).
 */
export function evaluateCondition(node: ConditionNode, answers: AnswerLookup): boolean {
  if ("all" in node) return node.all.every((n) => evaluateCondition(n, answers));
  if ("any" in node) return node.any.some((n) => evaluateCondition(n, answers));
  return evaluateLeaf(node, answers);
}

export type Visibility = {
  /** Pages shown, in survey order. */
  pages: Page[];
  /** Ids of questions shown (on shown pages), in survey order. */
  questionIds: Set<string>;
  /** The given answers restricted to shown questions. */
  answers: Record<string, unknown>;
};

/** One pass in survey order: later conditions see only answers of questions shown before them. */
export function computeVisibility<A extends AnswerLookup>(
  definition: SurveyDefinition,
  answers: A,
): Visibility {
  const pages: Page[] = [];
  const questionIds = new Set<string>();
  const shown: Record<string, unknown> = {};
  for (const page of definition.pages) {
    if (page.visibleIf && !evaluateCondition(page.visibleIf, shown)) continue;
    pages.push(page);
    for (const question of page.questions) {
      if (question.visibleIf && !evaluateCondition(question.visibleIf, shown)) continue;
      questionIds.add(question.id);
      if (Object.hasOwn(answers, question.id) && answers[question.id] !== undefined) {
        shown[question.id] = answers[question.id];
      }
    }
  }
  return { pages, questionIds, answers: shown };
}

export function visiblePages(definition: SurveyDefinition, answers: AnswerLookup): Page[] {
  return computeVisibility(definition, answers).pages;
}

export function visibleQuestionIds(definition: SurveyDefinition, answers: AnswerLookup): Set<string> {
  return computeVisibility(definition, answers).questionIds;
}

export function isQuestionVisible(
  definition: SurveyDefinition,
  answers: AnswerLookup,
  questionId: string,
): boolean {
  return visibleQuestionIds(definition, answers).has(questionId);
}

/** The visible questions of one page (none when the page itself is hidden). */
export function visibleQuestionsOfPage(
  definition: SurveyDefinition,
  answers: AnswerLookup,
  pageId: string,
): Question[] {
  const { pages, questionIds } = computeVisibility(definition, answers);
  const page = pages.find((p) => p.id === pageId);
  return page ? page.questions.filter((q) => questionIds.has(q.id)) : [];
}

/**
 * Only the answers to questions that are visible given those same answers. The server stores
 * this, so an answer to a question that became hidden (the resident went back and changed an
 * earlier answer) is dropped, as are answers to ids the definition does not know.
 */
export function pruneHiddenAnswers<V>(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, V>>,
): Record<string, V> {
  return computeVisibility(definition, answers).answers as Record<string, V>;
}
