import { computeVisibility, isAnswered } from "@/lib/surveys/definition/conditions";
import { isRecord } from "@/lib/surveys/definition/definition-places";
import type { Question, SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * What one completed response adds to the results cube (db/schema/results.ts `result_cells`):
 * per question a status row and its value rows, plus one "#respondents" row. Pure: the data layer
 * (lib/results/data/result-cells.ts) adds the respondent's cell (channel, panel, age group, sex, district)
 * and counts.
 *
 * Visibility is decided by the same evaluator the respondent's pages use (lib/surveys/definition/conditions.ts,
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

const nonEmptyString = (v: unknown): v is string => typeof v === "string" && v !== "";

/**
 * The cube rows of one response, given the definition of the version it answered and its stored
 * answers (questionId → stored answer, lib/surveys/definition/answer-types.ts). Answers to questions that were
 * not shown are ignored, as completion removes them; malformed parts of an answer add no value row.
 */
export function cubeEntriesForResponse(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
): CubeEntry[] {
  const entries: CubeEntry[] = [];
  visitCubeEntries(definition, answers, (questionId, item, value) =>
    entries.push({ questionId, item, value }),
  );
  return entries;
}

export type CubeEntryVisitor = (questionId: string, item: string, value: string) => void;

/** The same rows, handed to `visit` one by one (the cube rebuild counts 100,000s of responses). */
export function visitCubeEntries(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
  visit: CubeEntryVisitor,
): void {
  const visibility = computeVisibility(definition, answers);
  visit(RESPONDENTS_QUESTION, "", "");
  for (const page of definition.pages) {
    for (const question of page.questions) {
      const shown = visibility.questionIds.has(question.id);
      const answer = shown ? visibility.answers[question.id] : undefined;
      const status: QuestionStatus = !shown ? "not_shown" : isAnswered(answer) ? "answered" : "skipped";
      visit(question.id, STATUS_ITEM, status);
      if (status === "answered") visitValues(question, answer, visit);
    }
  }
}

function visitValues(question: Question, answer: unknown, visit: CubeEntryVisitor): void {
  const id = question.id;
  switch (question.type) {
    case "single_choice":
      if (isRecord(answer) && nonEmptyString(answer.choice)) visit(id, "", answer.choice);
      return;
    case "dropdown":
      if (nonEmptyString(answer)) visit(id, "", answer);
      return;
    case "multiple_choice":
      if (isRecord(answer) && Array.isArray(answer.choices)) {
        for (const choice of new Set(answer.choices.filter(nonEmptyString))) visit(id, "", choice);
      }
      return;
    case "likert":
      if (isRecord(answer)) {
        for (const s of question.statements) {
          const value = answer[s.id];
          if (nonEmptyString(value)) visit(id, s.id, value);
        }
      }
      return;
    case "rating":
    case "number":
      if (typeof answer === "number" && Number.isFinite(answer)) visit(id, "", String(answer));
      return;
    case "ranking":
      if (Array.isArray(answer)) {
        const seen = new Set<string>();
        answer.forEach((option, index) => {
          if (!nonEmptyString(option) || seen.has(option)) return;
          seen.add(option);
          visit(id, option, String(index + 1));
        });
      }
      return;
    case "short_text":
    case "long_text":
      // Open answers are counted (answered/skipped) but their words stay out of the cube.
      return;
  }
}
