import type { QuestionType } from "./schema";

/*
 * The answer model, in two shapes:
 *
 * - Stored answers: the JSON kept per (response, question) in the `answers` table and read by
 *   analysis. Compact and typed per question type.
 * - Form values: what react-hook-form holds and what a no-JavaScript POST carries. Every leaf is a
 *   string (or a string array for checkboxes) because that is what HTML controls produce; the page
 *   answer schema (answer-schema.ts) turns them into stored answers.
 */

// ---- Stored answers -------------------------------------------------------------------------

/** `choice` is an option value, `_anders` or `_weet_niet`; `other` only with `_anders`. */
export type SingleChoiceAnswer = { choice: string; other?: string };
/** `choices` in option order; `_weet_niet` only alone; `other` only with `_anders`. */
export type MultipleChoiceAnswer = { choices: string[]; other?: string };
/** statementId → scale value or `_weet_niet`; only answered statements are present. */
export type LikertAnswer = Record<string, string>;
/** Integer 0–10. */
export type RatingAnswer = number;
export type NumberAnswer = number;
export type TextAnswer = string;
/** An option value. */
export type DropdownAnswer = string;
/** Every option value once, first = rank 1. */
export type RankingAnswer = string[];

export type AnswerValue =
  | SingleChoiceAnswer
  | MultipleChoiceAnswer
  | LikertAnswer
  | RatingAnswer
  | NumberAnswer
  | TextAnswer
  | DropdownAnswer
  | RankingAnswer;

export interface AnswerByType {
  single_choice: SingleChoiceAnswer;
  multiple_choice: MultipleChoiceAnswer;
  likert: LikertAnswer;
  rating: RatingAnswer;
  number: NumberAnswer;
  short_text: TextAnswer;
  long_text: TextAnswer;
  dropdown: DropdownAnswer;
  ranking: RankingAnswer;
}
export type AnswerFor<T extends QuestionType> = AnswerByType[T];

/** questionId → stored answer. A question without an answer has no key. */
export type Answers = Record<string, AnswerValue>;

// ---- Form values ----------------------------------------------------------------------------

export type SingleChoiceFormValue = { choice: string; other: string };
export type MultipleChoiceFormValue = { choices: string[]; other: string };
/** statementId → chosen scale value ("" when none). */
export type LikertFormValue = Record<string, string>;
/** optionValue → chosen rank "1".."n" ("" when none). */
export type RankingFormValue = Record<string, string>;
/** rating, number, short_text, long_text and dropdown hold a plain string. */
export type PlainFormValue = string;

export type FormValue =
  | SingleChoiceFormValue
  | MultipleChoiceFormValue
  | LikertFormValue
  | RankingFormValue
  | PlainFormValue;

export interface FormValueByType {
  single_choice: SingleChoiceFormValue;
  multiple_choice: MultipleChoiceFormValue;
  likert: LikertFormValue;
  rating: PlainFormValue;
  number: PlainFormValue;
  short_text: PlainFormValue;
  long_text: PlainFormValue;
  dropdown: PlainFormValue;
  ranking: RankingFormValue;
}
export type FormValueFor<T extends QuestionType> = FormValueByType[T];

/** questionId → form value, for the questions of one page. */
export type PageFormValues = Record<string, FormValue>;

// ---- Errors ---------------------------------------------------------------------------------

/**
 * Error codes carried as the zod issue `message`; messages/<locale>/validation.json holds one
 * resident-facing text per code.
 */
export const ANSWER_ERROR_CODES = [
  /** No answer (or a Likert statement / ranking left open) on a required question. */
  "required",
  /** "Anders, namelijk" chosen without text. */
  "other_required",
  /** Text longer than allowed; params.max. */
  "too_long",
  /** Not a number. */
  "not_a_number",
  /** A whole number was asked. */
  "not_integer",
  /** Below the minimum; params.min. */
  "too_small",
  /** Above the maximum; params.max. */
  "too_large",
  /** A value that is not one of the question's options. */
  "unknown_option",
  /** More choices than allowed; params.max. */
  "too_many",
  /** "Weet niet" chosen together with another option. */
  "dont_know_exclusive",
  /** Fewer places filled than the ranking asks for (all options, or its top rankCount); params.max. */
  "ranking_incomplete",
  /** The same rank given to two options. */
  "ranking_duplicate",
  /** The value has the wrong shape (tampered or broken form). */
  "invalid",
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

/** Placeholders filled into the message of a code (next-intl ICU arguments). */
export type AnswerErrorParams = { min?: number; max?: number };

export type AnswerError = {
  questionId: string;
  /** DOM id of the control the error summary links to (see dom-ids.ts). */
  field: string;
  code: AnswerErrorCode;
  params?: AnswerErrorParams;
};

export type PageAnswersResult = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

/** Maximum length of the "anders, namelijk …" text. */
export const OTHER_MAX_LENGTH = 200;
