import { DONT_KNOW_VALUE } from "@/lib/surveys/definition/reserved-values";
import type { ConditionNode, Question, SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * Who was shown a conditional question, as a reader of the publication can work it out: the
 * questionnaire is public (anyone can take the survey), so a reader knows that "Welke hulp kreeg
 * u?" was shown exactly to those who answered "ja" to "Hebt u hulp gezocht?" — a figure the
 * publication prints. Then shown − answered = who skipped the follow-up, a count a reader can
 * compute; the publication system (publication-figures.ts) ties the two so that count is protected
 * like any other.
 *
 * For each question with a condition (its own, or its page's) that is one test on an earlier
 * question, this gives "shown = Σ coefficient × figure" in the figure names of that earlier
 * question. A condition that is not such a sum (AND/OR, a number above or below a value, a test
 * on a page and on the question together) gives null: the reader cannot count it from what is
 * published, so there is nothing to tie.
 */

export type ShownTerm = { questionId: string; name: string; coefficient: 1 | -1 };

export type Visibility = {
  /** Whether the question has a condition at all (its own or its page's). */
  conditional: boolean;
  /** shown = Σ terms, when a reader can count it from published figures. */
  shown: ShownTerm[] | null;
};

export function visibilityOf(definition: SurveyDefinition): Map<string, Visibility> {
  const questions = new Map<string, Question>();
  for (const page of definition.pages) for (const q of page.questions) questions.set(q.id, q);
  const out = new Map<string, Visibility>();
  for (const page of definition.pages) {
    for (const q of page.questions) {
      const conditions = [page.visibleIf, q.visibleIf].filter((c): c is ConditionNode => c !== undefined);
      if (conditions.length === 0) out.set(q.id, { conditional: false, shown: null });
      else if (conditions.length > 1) out.set(q.id, { conditional: true, shown: null });
      else
        out.set(q.id, { conditional: true, shown: linearShown(conditions[0] as ConditionNode, questions) });
    }
  }
  return out;
}

function linearShown(node: ConditionNode, questions: ReadonlyMap<string, Question>): ShownTerm[] | null {
  if ("all" in node || "any" in node) return null;
  const target = questions.get(node.question);
  if (!target) return null;
  const plus = (name: string): ShownTerm => ({ questionId: target.id, name, coefficient: 1 });
  const minus = (name: string): ShownTerm => ({ questionId: target.id, name, coefficient: -1 });
  const values = Array.isArray(node.value)
    ? node.value
    : node.value === undefined
      ? []
      : [String(node.value)];
  const choiceName = (value: string) => (value === DONT_KNOW_VALUE ? "dk" : `opt:${value}`);
  switch (target.type) {
    case "single_choice":
    case "dropdown":
      if (node.operator === "equals" || node.operator === "any_of")
        return values.map((v) => plus(choiceName(v)));
      if (node.operator === "not_equals" && values.length === 1)
        return [plus("answered"), minus(choiceName(values[0] as string))];
      if (node.operator === "answered") return [plus("answered")];
      return null;
    case "multiple_choice":
      // Any of several boxes is a union, not a sum; one box is its own count.
      if ((node.operator === "equals" || node.operator === "any_of") && values.length === 1)
        return [plus(choiceName(values[0] as string))];
      if (node.operator === "not_equals" && values.length === 1)
        return [plus("answered"), minus(choiceName(values[0] as string))];
      if (node.operator === "answered") return [plus("answered")];
      return null;
    case "likert": {
      const s = node.statement;
      if (s === undefined) return null;
      const point = (v: string) => (v === DONT_KNOW_VALUE ? `st:${s}:dk` : `st:${s}:${v}`);
      const answered = [plus(`st:${s}:valid`), ...(target.dontKnow ? [plus(`st:${s}:dk`)] : [])];
      if (node.operator === "equals" || node.operator === "any_of") return values.map((v) => plus(point(v)));
      if (node.operator === "not_equals" && values.length === 1)
        return [...answered, minus(point(values[0] as string))];
      if (node.operator === "answered") return answered;
      return null;
    }
    case "rating":
    case "number":
    case "ranking":
      return node.operator === "answered" ? [plus("answered")] : null;
    default:
      return null;
  }
}
