import { DONT_KNOW_VALUE, OTHER_VALUE } from "./reserved-values";
import type { Question } from "./schema";

/*
 * DOM ids of answer controls. The error summary links to `#<id>` and moves focus there, so each
 * error's `field` must be the id of a focusable control that exists on the page. Rule: the FIRST
 * control of a question carries `fieldDomId(qid)`; every other control gets its id from
 * `controlDomId`, which also gives that first control the plain id, so the UI can simply call
 * `controlDomId` for every control it renders.
 */

/** `vraag-<qid>` or `vraag-<qid>-<part>`, e.g. `vraag-q7`, `vraag-q7-other`. */
export function fieldDomId(questionId: string, part?: string): string {
  return part ? `vraag-${questionId}-${part}` : `vraag-${questionId}`;
}

/** The values of a question's radios/checkboxes in render order (choice questions and rating). */
export function renderedOptionValues(question: Question): string[] {
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
      return [
        ...question.options.map((o) => o.value),
        ...(question.other ? [OTHER_VALUE] : []),
        ...(question.dontKnow ? [DONT_KNOW_VALUE] : []),
      ];
    case "likert":
      return [...question.scale.map((o) => o.value), ...(question.dontKnow ? [DONT_KNOW_VALUE] : [])];
    case "rating":
      return Array.from({ length: 11 }, (_, i) => String(i));
    case "dropdown":
    case "ranking":
      return question.options.map((o) => o.value);
    default:
      return [];
  }
}

/**
 * The id for one control of a question:
 * - single/multiple choice and rating radios: `{ value }` — first option → `vraag-q7`, others →
 *   `vraag-q7-optie-<value>`; the "anders, namelijk" text field: `{ part: "other" }` →
 *   `vraag-q7-other`.
 * - likert radio: `{ part: statementId, value }` — first value of the first statement → `vraag-q7`,
 *   first value of another statement → `vraag-q7-<statementId>` (where that row's errors link),
 *   other values → `vraag-q7-<statementId>-optie-<value>`.
 * - ranking select: `{ part: optionValue }` — first option → `vraag-q7`, others → `vraag-q7-<value>`.
 * - number, text, dropdown (one control): `vraag-q7`.
 */
export function controlDomId(question: Question, opts: { part?: string; value?: string } = {}): string {
  const qid = question.id;
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
    case "rating": {
      if (opts.part === "other") return fieldDomId(qid, "other");
      const values = renderedOptionValues(question);
      if (opts.value === undefined || opts.value === values[0]) return fieldDomId(qid);
      return fieldDomId(qid, `optie-${opts.value}`);
    }
    case "likert": {
      const statement = opts.part ?? question.statements[0]?.id;
      const firstValue = renderedOptionValues(question)[0];
      const firstOfRow = opts.value === undefined || opts.value === firstValue;
      if (statement === question.statements[0]?.id && firstOfRow) return fieldDomId(qid);
      if (firstOfRow) return fieldDomId(qid, statement);
      return fieldDomId(qid, `${statement}-optie-${opts.value}`);
    }
    case "ranking": {
      if (opts.part === undefined || opts.part === question.options[0]?.value) return fieldDomId(qid);
      return fieldDomId(qid, opts.part);
    }
    default:
      return fieldDomId(qid);
  }
}

/** Every control id a question renders; used to refuse definitions whose ids would clash. */
export function questionControlDomIds(question: Question): string[] {
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
      return [
        ...renderedOptionValues(question).map((value) => controlDomId(question, { value })),
        ...(question.other ? [controlDomId(question, { part: "other" })] : []),
      ];
    case "rating":
      return renderedOptionValues(question).map((value) => controlDomId(question, { value }));
    case "likert":
      return question.statements.flatMap((s) =>
        renderedOptionValues(question).map((value) => controlDomId(question, { part: s.id, value })),
      );
    case "ranking":
      return question.options.map((o) => controlDomId(question, { part: o.value }));
    default:
      return [fieldDomId(question.id)];
  }
}
