import { renderedOptionValues } from "@/lib/surveys/definition/dom-ids";
import { DONT_KNOW_VALUE, OTHER_VALUE } from "@/lib/surveys/definition/reserved-values";
import type {
  ConditionNode,
  ConditionOperator,
  Question,
  SurveyDefinition,
} from "@/lib/surveys/definition/schema";

/*
 * How a survey reads on paper and on the phone, and how staff type it back: questions numbered
 * 1, 2, 3… through the whole survey, each answer option numbered in the order the resident's page
 * shows it ("anders" and "weet niet" last), and conditions told in words with those numbers
 * ("Alleen invullen als u bij vraag 3 'Ja' koos"). The printed form, the phone script and the
 * entry screen all use these numbers, so what a resident ticked is what staff type.
 */

/** One numbered answer option; `value` is the stored option value (or _anders / _weet_niet). */
export type NumberedOption = {
  number: number;
  value: string;
  label: string | null;
  kind: "option" | "other" | "dontKnow";
};

/** An option list with its numbers: choice, dropdown, likert scale. Rating and ranking have none. */
export function numberedOptions(question: Question): NumberedOption[] {
  if (question.type === "rating" || question.type === "ranking") return [];
  const labels = new Map<string, string>();
  if ("options" in question) for (const o of question.options) labels.set(o.value, o.label);
  if (question.type === "likert") for (const o of question.scale) labels.set(o.value, o.label);
  return renderedOptionValues(question).map((value, index) => ({
    number: index + 1,
    value,
    label: labels.get(value) ?? null,
    kind: value === OTHER_VALUE ? "other" : value === DONT_KNOW_VALUE ? "dontKnow" : "option",
  }));
}

/** questionId → its number on paper (1-based, through all pages). */
export function questionNumbers(definition: SurveyDefinition): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const page of definition.pages) for (const q of page.questions) numbers.set(q.id, numbers.size + 1);
  return numbers;
}

/** A condition as parts a sentence can be made of, naming the question by its number. */
export type ConditionWords =
  | { kind: "all" | "any"; parts: ConditionWords[] }
  | {
      kind: "rule";
      operator: ConditionOperator;
      questionNumber: number | null;
      /** The Likert statement's text, when the rule tests one statement. */
      statement: string | null;
      /** The value(s) as a resident read them (option labels), joined by the caller. */
      values: string[];
    };

function findQuestion(definition: SurveyDefinition, id: string): Question | undefined {
  for (const page of definition.pages) {
    const found = page.questions.find((q) => q.id === id);
    if (found) return found;
  }
  return undefined;
}

export function conditionWords(node: ConditionNode, definition: SurveyDefinition): ConditionWords {
  if ("all" in node) return { kind: "all", parts: node.all.map((n) => conditionWords(n, definition)) };
  if ("any" in node) return { kind: "any", parts: node.any.map((n) => conditionWords(n, definition)) };
  const question = findQuestion(definition, node.question);
  const options = question ? numberedOptions(question) : [];
  const label = (v: unknown) => options.find((o) => o.value === String(v))?.label ?? String(v);
  const raw = node.value === undefined ? [] : Array.isArray(node.value) ? node.value : [node.value];
  const statement =
    node.statement && question?.type === "likert"
      ? (question.statements.find((s) => s.id === node.statement)?.text ?? null)
      : null;
  return {
    kind: "rule",
    operator: node.operator,
    questionNumber: questionNumbers(definition).get(node.question) ?? null,
    statement,
    values: raw.map(label),
  };
}
