import { computeVisibility } from "@/lib/surveys/definition/conditions";
import { DONT_KNOW_VALUE, OTHER_VALUE } from "@/lib/surveys/definition/reserved-values";
import type { Question, SurveyDefinition } from "@/lib/surveys/definition/schema";
import type { AnswerMap } from "./page-flow";

/*
 * A response's answers as a person reads them back: on the review page before sending and in the
 * mailed copy. Only the pages on the resident's path and the questions shown to them; each answer
 * as lines of text in the survey's own words (option labels, not the stored values).
 */

/** The interface's words for what the survey's own texts do not say (next-intl on a page, Dutch in mail). */
export type SummaryWords = {
  /** The "weet niet / geen mening" choice. */
  dontKnow: string;
  /** The "anders, namelijk" choice with the resident's text. */
  other: (text: string) => string;
  /** A Likert statement with the chosen point of the scale. */
  statement: (statement: string, choice: string) => string;
  /** A ranked option at its place (1 = first). */
  ranked: (place: number, option: string) => string;
  /** A rating, 0 to 10. */
  rating: (value: number) => string;
};

export type SummaryQuestion = {
  id: string;
  text: string;
  /** The answer as lines of text; empty when the question was not answered. */
  lines: string[];
};

export type SummaryPage = { id: string; title: string; questions: SummaryQuestion[] };

export function answerSummary(
  definition: SurveyDefinition,
  stored: AnswerMap,
  words: SummaryWords,
): SummaryPage[] {
  // Answers to questions that ended up hidden are not part of the response (completion drops them).
  const { pages, questionIds, answers } = computeVisibility(definition, stored);
  return pages.map((page) => ({
    id: page.id,
    title: page.title,
    questions: page.questions
      .filter((question) => questionIds.has(question.id))
      .map((question) => ({
        id: question.id,
        text: question.text,
        lines: question.id in answers ? answerLines(question, answers[question.id], words) : [],
      })),
  }));
}

function labelOf(options: readonly { value: string; label: string }[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** The stored answer in the survey's words; a value this version does not know is shown as stored. */
export function answerLines(question: Question, answer: unknown, words: SummaryWords): string[] {
  switch (question.type) {
    case "single_choice": {
      const { choice, other } = (answer ?? {}) as { choice?: string; other?: string };
      if (!choice) return [];
      return [choiceText(question.options, choice, other, words)];
    }
    case "multiple_choice": {
      const { choices = [], other } = (answer ?? {}) as { choices?: string[]; other?: string };
      return choices.map((choice) => choiceText(question.options, choice, other, words));
    }
    case "likert": {
      const chosen = (answer ?? {}) as Record<string, string>;
      return question.statements
        .filter((s) => chosen[s.id])
        .map((s) =>
          words.statement(
            s.text,
            chosen[s.id] === DONT_KNOW_VALUE ? words.dontKnow : labelOf(question.scale, chosen[s.id]),
          ),
        );
    }
    case "rating":
      return typeof answer === "number" ? [words.rating(answer)] : [];
    case "number":
      return typeof answer === "number"
        ? [question.unit ? `${answer} ${question.unit}` : String(answer)]
        : [];
    case "short_text":
    case "long_text":
      return typeof answer === "string" && answer !== "" ? [answer] : [];
    case "dropdown":
      return typeof answer === "string" && answer !== "" ? [labelOf(question.options, answer)] : [];
    case "ranking":
      return Array.isArray(answer)
        ? answer.map((value, index) => words.ranked(index + 1, labelOf(question.options, String(value))))
        : [];
  }
}

function choiceText(
  options: readonly { value: string; label: string }[],
  choice: string,
  other: string | undefined,
  words: SummaryWords,
): string {
  if (choice === DONT_KNOW_VALUE) return words.dontKnow;
  if (choice === OTHER_VALUE) return words.other(other ?? "");
  return labelOf(options, choice);
}
