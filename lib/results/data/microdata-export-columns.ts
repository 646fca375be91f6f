import "server-only";
import { isRecord } from "@/lib/surveys/definition/definition-places";
import {
  DONT_KNOW_VALUE,
  OTHER_VALUE,
  type Question,
  type SurveyDefinition,
} from "@/lib/surveys/definition/schema";
import type { MicrodataCell } from "./microdata-export-cell";
import type { ColumnControl } from "./microdata-export-disclosure";

/*
 * The answer columns of the staff microdata export, derived from the survey definition: one
 * column per closed question (per statement for a Likert grid, per option for multiple choice and
 * ranking), and for open questions and "anders, namelijk" only the approved, redacted text from
 * the moderation queue. Never the resident's original words.
 */

/** What the export writes for the reserved answers and for multiple-choice options. */
export type MicrodataAnswerLabels = {
  dontKnow: string;
  other: string;
  otherText: string;
  chosen: string;
  notChosen: string;
};

/** The approved, redacted texts of one response: `${questionId}|${item}` → text. */
export type ApprovedTexts = ReadonlyMap<string, string>;

export type AnswerColumn = {
  header: string;
  /** The question the column belongs to. */
  questionId: string;
  cell: (answers: Readonly<Record<string, unknown>>, approved: ApprovedTexts) => MicrodataCell;
  /** Disclosure control for publication, decided on the column's counts. */
  control: ColumnControl;
  /** Ranking positions: when one of a row's cells is left empty, the question's others are too. */
  together?: boolean;
  /** "anders, namelijk": the index (in the list of all columns) of the cell it is left empty with. */
  follows?: number;
};

/** A question's columns, `follows` counted within the question. */
type QuestionColumn = Omit<AnswerColumn, "questionId">;

export function answerColumns(definition: SurveyDefinition, labels: MicrodataAnswerLabels): AnswerColumn[] {
  const columns: AnswerColumn[] = [];
  let number = 0;
  for (const page of definition.pages) {
    for (const question of page.questions) {
      number += 1;
      const first = columns.length;
      for (const column of questionColumns(question, `${number}. ${question.text}`, labels))
        columns.push({
          ...column,
          questionId: question.id,
          ...(column.follows === undefined ? {} : { follows: first + column.follows }),
        });
    }
  }
  return columns;
}

function optionLabeler(
  question: { options: { value: string; label: string }[] },
  labels: MicrodataAnswerLabels,
) {
  const byValue = new Map(question.options.map((o) => [o.value, o.label]));
  byValue.set(DONT_KNOW_VALUE, labels.dontKnow);
  byValue.set(OTHER_VALUE, labels.other);
  return (value: unknown): MicrodataCell =>
    typeof value === "string" && value !== "" ? (byValue.get(value) ?? value) : null;
}

const categories: ColumnControl = { kind: "categories" };

function questionColumns(question: Question, title: string, labels: MicrodataAnswerLabels): QuestionColumn[] {
  const id = question.id;
  const approvedText = (item: string, header: string, follows?: number): QuestionColumn => ({
    header,
    cell: (_answers, approved) => approved.get(`${id}|${item}`) ?? null,
    control: { kind: "text" },
    ...(follows === undefined ? {} : { follows }),
  });
  switch (question.type) {
    case "single_choice": {
      const label = optionLabeler(question, labels);
      const columns: QuestionColumn[] = [
        {
          header: title,
          cell: (answers) => label(isRecord(answers[id]) ? answers[id].choice : undefined),
          control: categories,
        },
      ];
      if (question.other) columns.push(approvedText(OTHER_VALUE, `${title} [${labels.otherText}]`, 0));
      return columns;
    }
    case "dropdown": {
      const label = optionLabeler(question, labels);
      return [{ header: title, cell: (answers) => label(answers[id]), control: categories }];
    }
    case "multiple_choice": {
      const values = [
        ...question.options,
        ...(question.other ? [{ value: OTHER_VALUE, label: labels.other }] : []),
        ...(question.dontKnow ? [{ value: DONT_KNOW_VALUE, label: labels.dontKnow }] : []),
      ];
      const columns: QuestionColumn[] = values.map((option) => ({
        header: `${title} [${option.label}]`,
        cell: (answers) => {
          const answer = answers[id];
          if (!isRecord(answer) || !Array.isArray(answer.choices)) return null;
          return answer.choices.includes(option.value) ? labels.chosen : labels.notChosen;
        },
        control: categories,
      }));
      const otherOption = values.findIndex((option) => option.value === OTHER_VALUE);
      if (question.other)
        columns.push(approvedText(OTHER_VALUE, `${title} [${labels.otherText}]`, otherOption));
      return columns;
    }
    case "likert": {
      const label = optionLabeler({ options: question.scale }, labels);
      return question.statements.map((statement) => ({
        header: `${title} [${statement.text}]`,
        cell: (answers) => {
          const answer = answers[id];
          return isRecord(answer) ? label(answer[statement.id]) : null;
        },
        control: categories,
      }));
    }
    case "rating":
    case "number":
      return [
        {
          header: question.type === "number" && question.unit ? `${title} (${question.unit})` : title,
          cell: (answers) => {
            const answer = answers[id];
            return typeof answer === "number" && Number.isFinite(answer) ? answer : null;
          },
          control:
            question.type === "rating"
              ? { kind: "scale", min: 0, max: 10 }
              : { kind: "bands", min: question.min, max: question.max, integer: question.integer !== false },
        },
      ];
    case "ranking":
      return question.options.map((option) => ({
        header: `${title} [${option.label}]`,
        cell: (answers) => {
          const answer = answers[id];
          if (!Array.isArray(answer)) return null;
          const position = answer.indexOf(option.value);
          return position >= 0 ? position + 1 : null;
        },
        control: categories,
        together: true,
      }));
    case "short_text":
    case "long_text":
      return [approvedText("", title)];
  }
}
