import {
  type ConditionOperator,
  DONT_KNOW_VALUE,
  OTHER_VALUE,
  type QuestionType,
} from "@/lib/surveys/definition/schema";
import type { BuilderForm, QuestionForm } from "./form-model";

/*
 * What a condition may be built from, so the controls only offer what the definition validator
 * (lib/surveys/definition/definition-condition-checks.ts) accepts: earlier questions, operators that fit the
 * tested question's type, and that question's own answer options as values.
 */

const CHOICE_OPERATORS: ConditionOperator[] = ["equals", "not_equals", "any_of", "answered"];
const NUMBER_OPERATORS: ConditionOperator[] = ["equals", "not_equals", "gt", "lt", "answered"];
const TEXT_OPERATORS: ConditionOperator[] = ["equals", "not_equals", "answered"];

export function operatorsFor(type: QuestionType): ConditionOperator[] {
  switch (type) {
    case "single_choice":
    case "multiple_choice":
    case "dropdown":
    case "likert":
      return CHOICE_OPERATORS;
    case "rating":
    case "number":
      return NUMBER_OPERATORS;
    case "short_text":
    case "long_text":
      return TEXT_OPERATORS;
    case "ranking":
      return ["answered"];
  }
}

/** How the value of a rule on this type is entered. */
export function valueKind(type: QuestionType): "option" | "number" | "text" | "none" {
  switch (type) {
    case "rating":
    case "number":
      return "number";
    case "short_text":
    case "long_text":
      return "text";
    case "ranking":
      return "none";
    default:
      return "option";
  }
}

export type ValueChoice = { value: string; label: string; special?: "other" | "dontKnow" };

/** The answers a rule on this question can compare with, as the resident sees them. */
export function valueChoices(question: QuestionForm): ValueChoice[] {
  const fromOptions = (list: { value: string; label: string }[]) =>
    list.filter((o) => o.value !== "").map((o) => ({ value: o.value, label: o.label || o.value }));
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
      return [
        ...fromOptions(question.options),
        ...(question.other ? [{ value: OTHER_VALUE, label: OTHER_VALUE, special: "other" as const }] : []),
        ...(question.dontKnow
          ? [{ value: DONT_KNOW_VALUE, label: DONT_KNOW_VALUE, special: "dontKnow" as const }]
          : []),
      ];
    case "dropdown":
      return fromOptions(question.options);
    case "likert":
      return [
        ...fromOptions(question.scale),
        ...(question.dontKnow
          ? [{ value: DONT_KNOW_VALUE, label: DONT_KNOW_VALUE, special: "dontKnow" as const }]
          : []),
      ];
    default:
      return [];
  }
}

export type EarlierQuestion = { question: QuestionForm; pageIndex: number; questionIndex: number };

/**
 * The questions a condition may test. For a question: every question before it (earlier pages,
 * and earlier on its own page). For a page (questionIndex undefined): questions on earlier pages.
 */
export function earlierQuestions(
  form: BuilderForm,
  pageIndex: number,
  questionIndex?: number,
): EarlierQuestion[] {
  const out: EarlierQuestion[] = [];
  form.pages.forEach((page, p) => {
    page.questions.forEach((question, q) => {
      const before = p < pageIndex || (questionIndex !== undefined && p === pageIndex && q < questionIndex);
      if (before && question.id.trim() !== "") out.push({ question, pageIndex: p, questionIndex: q });
    });
  });
  return out;
}
