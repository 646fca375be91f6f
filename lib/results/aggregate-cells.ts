import { computeVisibility, isAnswered } from "@/lib/survey/conditions";
import type { Question, SurveyDefinition } from "@/lib/survey/schema";

/*
 * What one completed response adds to the results cube (db/schema/results.ts `result_cells`):
 * per question a status row and its value rows, plus one "#respondents" row. Pure: the data layer
 * (lib/data/result-cells.ts) adds the respondent's cell (channel, panel, age group, sex, district)
 * and counts.
 *
 * Visibility is decided by the same evaluator the respondent's pages use (lib/survey/conditions.ts,
 * one pass in survey order with the cascade), so "not shown" means exactly what the resident saw:
 * the question's or its page's condition was false.
 */

/** The pseudo-question whose single row counts respondents per cell. */
export const RESPONDENTS_QUESTION = "#respondents";
/** The item of a question's status row. */
export const STATUS_ITEM = "#";
export const QUESTION_STATUSES = ["answered", "skipped", "not_shown"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** One row of the cube for one response (its count is 1). */
export type CubeEntry = { questionId: string; item: string; value: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === "string" && v !== "";

/**
 * The cube rows of one response, given the definition of the version it answered and its stored
 * answers (questionId → stored answer, lib/survey/answer-types.ts). Answers to questions that were
 * not shown are ignored, as completion removes them; malformed parts of an answer add no value row.
 */
export function cubeEntriesForResponse(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): CubeEntry[] {
  const visibility = computeVisibility(definition, answers);
  const entries: CubeEntry[] = [{ questionId: RESPONDENTS_QUESTION, item: "", value: "" }];
  for (const page of definition.pages) {
    for (const question of page.questions) {
      const shown = visibility.questionIds.has(question.id);
      const answer = shown ? visibility.answers[question.id] : undefined;
      const status: QuestionStatus = !shown ? "not_shown" : isAnswered(answer) ? "answered" : "skipped";
      entries.push({ questionId: question.id, item: STATUS_ITEM, value: status });
      if (status === "answered") entries.push(...valueEntries(question, answer));
    }
  }
  return entries;
}

function valueEntries(question: Question, answer: unknown): CubeEntry[] {
  const row = (value: string, item = ""): CubeEntry => ({ questionId: question.id, item, value });
  switch (question.type) {
    case "single_choice":
      return isRecord(answer) && nonEmptyString(answer.choice) ? [row(answer.choice)] : [];
    case "dropdown":
      return nonEmptyString(answer) ? [row(answer)] : [];
    case "multiple_choice": {
      if (!isRecord(answer) || !Array.isArray(answer.choices)) return [];
      return [...new Set(answer.choices.filter(nonEmptyString))].map((choice) => row(choice));
    }
    case "likert": {
      if (!isRecord(answer)) return [];
      return question.statements
        .filter((s) => nonEmptyString(answer[s.id]))
        .map((s) => row(answer[s.id] as string, s.id));
    }
    case "rating":
    case "number":
      return typeof answer === "number" && Number.isFinite(answer) ? [row(String(answer))] : [];
    case "ranking": {
      if (!Array.isArray(answer)) return [];
      const seen = new Set<string>();
      const entries: CubeEntry[] = [];
      answer.forEach((option, index) => {
        if (!nonEmptyString(option) || seen.has(option)) return;
        seen.add(option);
        entries.push(row(String(index + 1), option));
      });
      return entries;
    }
    case "short_text":
    case "long_text":
      // Open answers are counted (answered/skipped) but their words stay out of the cube.
      return [];
  }
}
