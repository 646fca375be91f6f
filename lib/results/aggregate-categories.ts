import { DONT_KNOW_VALUE, OTHER_VALUE } from "@/lib/surveys/definition/reserved-values";
import type { Question, SurveyDefinition } from "@/lib/surveys/definition/schema";
import type { CrossTabCategory } from "./types";

/*
 * A closed question as the categories of a cross-tab or a breakdown: the answer values in
 * definition order, with where the query finds them in the stored answer (the object keys to
 * follow; lib/results/data/results-sql.ts expands what is there: one row for a single value, one
 * per element for a list).
 * Reserved values keep their value as label ("_anders", "_weet_niet"); the interface translates.
 *
 * A Likert statement is named "<questionId>.<statementId>" (ids never contain a dot).
 */

export type CategoryQuestion = {
  /** The id as given ("q7" or "q7.s2"). */
  id: string;
  questionId: string;
  type: "single_choice" | "dropdown" | "multiple_choice" | "rating" | "likert";
  text: string;
  categories: CrossTabCategory[];
  /** The object keys leading to the answer value(s) in the stored answer ([]: the whole answer). */
  keys: string[];
};

const RATING_CATEGORIES = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

/** The question (or Likert statement) as categories, or null when it is unknown or not closed. */
export function categoryQuestion(definition: SurveyDefinition, id: string): CategoryQuestion | null {
  const [questionId, statementId, ...rest] = id.split(".");
  if (!questionId || rest.length > 0) return null;
  const question = definition.pages.flatMap((p) => p.questions).find((q) => q.id === questionId);
  if (!question) return null;
  if (question.type === "likert") {
    const statement = question.statements.find((s) => s.id === statementId);
    if (!statement) return null;
    return {
      id,
      questionId,
      type: "likert",
      text: `${question.text} — ${statement.text}`,
      categories: [
        ...question.scale.map((o) => ({ value: o.value, label: o.label })),
        ...(question.dontKnow ? [{ value: DONT_KNOW_VALUE, label: DONT_KNOW_VALUE }] : []),
      ],
      keys: [statement.id],
    };
  }
  if (statementId !== undefined) return null;
  const base = { id, questionId, text: question.text };
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
      return {
        ...base,
        type: question.type,
        categories: choiceCategories(question),
        keys: [question.type === "single_choice" ? "choice" : "choices"],
      };
    case "dropdown":
      return { ...base, type: "dropdown", categories: choiceCategories(question), keys: [] };
    case "rating":
      return { ...base, type: "rating", categories: RATING_CATEGORIES, keys: [] };
    default:
      return null;
  }
}

function choiceCategories(
  question: Extract<Question, { type: "single_choice" | "multiple_choice" | "dropdown" }>,
): CrossTabCategory[] {
  const categories = question.options.map((o) => ({ value: o.value, label: o.label }));
  if (question.type === "dropdown") return categories;
  if (question.other) categories.push({ value: OTHER_VALUE, label: OTHER_VALUE });
  if (question.dontKnow) categories.push({ value: DONT_KNOW_VALUE, label: DONT_KNOW_VALUE });
  return categories;
}

/**
 * Categories with values seen in the data but no longer in the definition (an earlier version's
 * options) added at the end, so counts always add up.
 */
export function withSeenValues(categories: CrossTabCategory[], seen: Iterable<string>): CrossTabCategory[] {
  const known = new Set(categories.map((c) => c.value));
  const extra = [...new Set(seen)].filter((v) => !known.has(v)).sort();
  return [...categories, ...extra.map((value) => ({ value, label: value }))];
}
