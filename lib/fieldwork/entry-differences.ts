import type { Answers } from "@/lib/surveys/definition/answer-types";
import type { Question, SurveyDefinition } from "@/lib/surveys/definition/schema";
import { numberedOptions, questionNumbers } from "./paper-numbering";

/*
 * Double entry: two staff members type the same paper form, and where their answers differ a
 * person decides before the response counts. The answers are compared as stored (option values),
 * so "1 3" and "3,1" for a multiple choice agree.
 */

export type EntryDifference = {
  questionId: string;
  questionNumber: number;
  questionText: string;
  /** Each entry's answer as staff read it on the paper (numbers with their labels). */
  first: string;
  second: string;
};

/** Sorts object keys, so two answers compare by content, whatever order the database kept. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** An answer as it reads on paper: "2 Nee", "1 Ja; 3 Anders: tuin", "b: 4 Eens". Empty: "". */
export function answerOnPaper(question: Question, answer: unknown): string {
  if (answer === undefined || answer === null) return "";
  const options = numberedOptions(question);
  const option = (value: string) => {
    const o = options.find((x) => x.value === value);
    return o ? `${o.number}${o.label ? ` ${o.label}` : ""}` : value;
  };
  switch (question.type) {
    case "single_choice":
    case "multiple_choice": {
      const a = answer as { choice?: string; choices?: string[]; other?: string };
      const chosen = (a.choices ?? (a.choice ? [a.choice] : [])).map(option).join("; ");
      return a.other ? `${chosen}: ${a.other}` : chosen;
    }
    case "dropdown":
      return option(String(answer));
    case "likert":
      return question.statements
        .filter((s) => (answer as Record<string, string>)[s.id])
        .map((s) => `${s.text}: ${option((answer as Record<string, string>)[s.id])}`)
        .join("; ");
    case "ranking": {
      const labels = new Map(question.options.map((o) => [o.value, o.label]));
      return (answer as string[]).map((v, i) => `${i + 1}. ${labels.get(v) ?? v}`).join("; ");
    }
    default:
      return String(answer);
  }
}

/** The questions, in paper order, whose answers the two entries do not agree on. */
export function entryDifferences(
  definition: SurveyDefinition,
  first: Answers,
  second: Answers,
): EntryDifference[] {
  const numbers = questionNumbers(definition);
  const differences: EntryDifference[] = [];
  for (const page of definition.pages) {
    for (const question of page.questions) {
      const a = first[question.id];
      const b = second[question.id];
      if (canonical(a) === canonical(b)) continue;
      differences.push({
        questionId: question.id,
        questionNumber: numbers.get(question.id) ?? 0,
        questionText: question.text,
        first: answerOnPaper(question, a),
        second: answerOnPaper(question, b),
      });
    }
  }
  return differences;
}
