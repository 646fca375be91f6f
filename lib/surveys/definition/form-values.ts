import type {
  Answers,
  AnswerValue,
  FormValue,
  LikertAnswer,
  MultipleChoiceAnswer,
  PageFormValues,
  RankingAnswer,
  SingleChoiceAnswer,
} from "./answer-types";
import type { Question } from "./schema";

/** The form value of a question nobody has answered yet. */
export function emptyFormValue(question: Question): FormValue {
  switch (question.type) {
    case "single_choice":
      return { choice: "", other: "" };
    case "multiple_choice":
      return { choices: [], other: "" };
    case "likert":
      return Object.fromEntries(question.statements.map((s) => [s.id, ""]));
    case "ranking":
      return Object.fromEntries(question.options.map((o) => [o.value, ""]));
    default:
      return "";
  }
}

export function emptyFormValues(questions: readonly Question[]): PageFormValues {
  return Object.fromEntries(questions.map((q) => [q.id, emptyFormValue(q)]));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Prefills a form from a stored answer (when a resident comes back to a page). An absent or
 * malformed answer gives the empty value rather than an exception: stored data from an older
 * definition version must not break the page.
 */
export function answerToFormValue(question: Question, stored: AnswerValue | undefined): FormValue {
  const empty = emptyFormValue(question);
  const answer: unknown = stored;
  if (answer === undefined || answer === null) return empty;
  switch (question.type) {
    case "single_choice": {
      if (!isRecord(answer) || typeof answer.choice !== "string") return empty;
      const a = answer as unknown as SingleChoiceAnswer;
      return { choice: a.choice, other: typeof a.other === "string" ? a.other : "" };
    }
    case "multiple_choice": {
      if (!isRecord(answer) || !Array.isArray(answer.choices)) return empty;
      const a = answer as unknown as MultipleChoiceAnswer;
      return {
        choices: a.choices.filter((c) => typeof c === "string"),
        other: typeof a.other === "string" ? a.other : "",
      };
    }
    case "likert": {
      if (!isRecord(answer)) return empty;
      const a = answer as LikertAnswer;
      return Object.fromEntries(
        question.statements.map((s) => [s.id, typeof a[s.id] === "string" ? a[s.id] : ""]),
      );
    }
    case "ranking": {
      if (!Array.isArray(answer)) return empty;
      const a = answer as RankingAnswer;
      return Object.fromEntries(
        question.options.map((o) => {
          const index = a.indexOf(o.value);
          return [o.value, index >= 0 ? String(index + 1) : ""];
        }),
      );
    }
    case "rating":
    case "number":
      return typeof answer === "number" && Number.isFinite(answer) ? String(answer) : "";
    default:
      return typeof answer === "string" ? answer : "";
  }
}

export function formValuesFromAnswers(questions: readonly Question[], answers: Answers): PageFormValues {
  return Object.fromEntries(questions.map((q) => [q.id, answerToFormValue(q, answers[q.id])]));
}

export type FormDataEntries = Iterable<[string, FormDataEntryValue | string]>;

export type FormDataValues = {
  /** Form values for every given question (empty where the POST carried nothing). */
  values: PageFormValues;
  /** Posted field names that belong to none of the questions: refuse the POST. */
  unknownFields: string[];
};

/**
 * Reads a POSTed form into form values. Field names: `<qid>.choice`, `<qid>.choices` (repeated),
 * `<qid>.other`, `<qid>.<statementId>`, `<qid>.<optionValue>` (ranking), `<qid>` (plain).
 * Names starting with `$` or `_` belong to the framework (server action ids, CSRF) and are skipped.
 *
 * Pass ALL questions of the page, including ones currently hidden by a condition: without
 * JavaScript the browser posts them too. Validate only the visible ones afterwards.
 * A field posted twice keeps its first value (except `.choices`, which is a list).
 */
export function formDataToValues(questions: readonly Question[], formData: FormDataEntries): FormDataValues {
  const values = emptyFormValues(questions);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const unknownFields: string[] = [];
  const seen = new Set<string>();

  for (const [name, raw] of formData) {
    if (name.startsWith("$") || name.startsWith("_")) continue;
    // A file in a survey POST is never expected; treat it as an empty value.
    const value = typeof raw === "string" ? raw : "";
    const dot = name.indexOf(".");
    const qid = dot < 0 ? name : name.slice(0, dot);
    const part = dot < 0 ? undefined : name.slice(dot + 1);
    const question = byId.get(qid);
    if (!question || !acceptsPart(question, part)) {
      if (!unknownFields.includes(name)) unknownFields.push(name);
      continue;
    }
    const current = values[qid];
    if (question.type === "multiple_choice" && part === "choices") {
      (current as { choices: string[] }).choices.push(value);
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    if (part === undefined) values[qid] = value;
    else (current as Record<string, string>)[part] = value;
  }
  return { values, unknownFields };
}

function acceptsPart(question: Question, part: string | undefined): boolean {
  switch (question.type) {
    case "single_choice":
      return part === "choice" || (part === "other" && question.other);
    case "multiple_choice":
      return part === "choices" || (part === "other" && question.other);
    case "likert":
      return question.statements.some((s) => s.id === part);
    case "ranking":
      return question.options.some((o) => o.value === part);
    default:
      return part === undefined;
  }
}
