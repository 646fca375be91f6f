import { evaluatePage, pageContext } from "@/lib/responses/page-flow";
import type { AnswerError, Answers, FormValue, PageFormValues } from "@/lib/surveys/definition/answer-types";
import { evaluateCondition } from "@/lib/surveys/definition/conditions";
import { controlDomId } from "@/lib/surveys/definition/dom-ids";
import { emptyFormValue } from "@/lib/surveys/definition/form-values";
import type { Question, SurveyDefinition } from "@/lib/surveys/definition/schema";
import { numberedOptions } from "./paper-numbering";

/*
 * The entry screen's fields and how they become a resident's form values. Staff type what the
 * resident ticked as the option's number on paper (lib/fieldwork/paper-numbering.ts), so a whole
 * form goes in with digits and Tab:
 * - single choice and dropdown: `<qid>` = "2"; multiple choice: `<qid>` = "1 3" (spaces or commas);
 *   "anders, namelijk" text in `<qid>.other`;
 * - Likert: `<qid>.<statementId>` = the scale number; rating: `<qid>` = 0–10 as ticked;
 * - ranking: `<qid>.<optionValue>` = the rank; number and text: `<qid>` as written.
 * The form values then go through the resident's own page evaluation (lib/responses/page-flow.ts,
 * the same answer schemas), page by page in survey order, so conditions and every rule hold as
 * online.
 */

/** The posted entry fields: field name → text typed. */
export type EntryFields = Record<string, string>;

/** The field names the entry screen has for a question (the code and envelope aside). */
export function entryFieldNames(question: Question): string[] {
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
      return question.other ? [question.id, `${question.id}.other`] : [question.id];
    case "likert":
      return question.statements.map((s) => `${question.id}.${s.id}`);
    case "ranking":
      return question.options.map((o) => `${question.id}.${o.value}`);
    default:
      return [question.id];
  }
}

const numbersIn = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/**
 * One question's typed fields as its form value; an option number the paper does not have is
 * an error on that field (the resident's schemas never see a number).
 */
export function entryToFormValue(
  question: Question,
  fields: EntryFields,
): { value: FormValue; errors: AnswerError[] } {
  const field = (name: string) => (fields[name] ?? "").trim();
  const options = numberedOptions(question);
  const optionValueOf = (typed: string) => options.find((o) => String(o.number) === typed)?.value;
  const unknown = (part?: string): AnswerError => ({
    questionId: question.id,
    field: controlDomId(question, part ? { part } : {}),
    code: "unknown_option",
  });
  switch (question.type) {
    case "single_choice": {
      const typed = field(question.id);
      const choice = typed === "" ? "" : optionValueOf(typed);
      if (choice === undefined) return { value: emptyFormValue(question), errors: [unknown()] };
      return { value: { choice, other: field(`${question.id}.other`) }, errors: [] };
    }
    case "multiple_choice": {
      const typed = numbersIn(field(question.id));
      const choices = typed.map(optionValueOf);
      if (choices.some((c) => c === undefined))
        return { value: emptyFormValue(question), errors: [unknown()] };
      return {
        value: { choices: [...new Set(choices as string[])], other: field(`${question.id}.other`) },
        errors: [],
      };
    }
    case "dropdown": {
      const typed = field(question.id);
      const value = typed === "" ? "" : optionValueOf(typed);
      if (value === undefined) return { value: "", errors: [unknown()] };
      return { value, errors: [] };
    }
    case "likert": {
      const value: Record<string, string> = {};
      const errors: AnswerError[] = [];
      for (const s of question.statements) {
        const typed = field(`${question.id}.${s.id}`);
        const chosen = typed === "" ? "" : optionValueOf(typed);
        if (chosen === undefined) errors.push(unknown(s.id));
        value[s.id] = chosen ?? "";
      }
      return { value, errors };
    }
    case "ranking":
      return {
        value: Object.fromEntries(question.options.map((o) => [o.value, field(`${question.id}.${o.value}`)])),
        errors: [],
      };
    default:
      return { value: field(question.id), errors: [] };
  }
}

export type StaffEntryEvaluation = {
  /** The stored answers of every question the resident was meant to answer. */
  answers: Answers;
  /** Every error, in the order of the paper. */
  errors: AnswerError[];
  /** Questions filled in on the entry screen although their condition did not hold: not counted. */
  notApplicable: string[];
};

/**
 * A whole paper form, checked page by page as the resident's pages check it: a page or question
 * whose condition does not hold (given the answers before it) is skipped and its typed answer not
 * counted.
 */
export function evaluateStaffEntry(definition: SurveyDefinition, fields: EntryFields): StaffEntryEvaluation {
  const answers: Answers = {};
  const errors: AnswerError[] = [];
  const notApplicable: string[] = [];
  const typedSomething = (q: Question) => entryFieldNames(q).some((n) => (fields[n] ?? "").trim() !== "");
  for (const page of definition.pages) {
    if (page.visibleIf && !evaluateCondition(page.visibleIf, answers)) {
      notApplicable.push(...page.questions.filter(typedSomething).map((q) => q.id));
      continue;
    }
    const values: PageFormValues = {};
    const mappingErrors = new Map<string, AnswerError[]>();
    for (const question of page.questions) {
      const mapped = entryToFormValue(question, fields);
      values[question.id] = mapped.value;
      if (mapped.errors.length > 0) mappingErrors.set(question.id, mapped.errors);
    }
    const evaluation = evaluatePage(page, pageContext(definition, answers, page), values);
    const shown = new Set(evaluation.visibleQuestions.map((q) => q.id));
    for (const question of page.questions) {
      if (!shown.has(question.id)) {
        if (typedSomething(question)) notApplicable.push(question.id);
        continue;
      }
      const own = mappingErrors.get(question.id);
      if (own) errors.push(...own);
      else errors.push(...evaluation.errors.filter((e) => e.questionId === question.id));
    }
    Object.assign(answers, evaluation.answers);
  }
  return { answers, errors, notApplicable };
}
