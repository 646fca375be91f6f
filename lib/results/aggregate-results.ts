import type { Question, SurveyDefinition } from "@/lib/surveys/definition/schema";
import { choiceFigures, likertFigures, numericFigures, rankingFigures } from "./aggregate-figures";
import { type CubeView, respondentsOf, statusOf } from "./aggregate-view";
import type { QuestionBase, QuestionFigures, QuestionResult } from "./types";
import { effectiveSize } from "./weights";

/*
 * Builds every question's results, in definition order, from one view of the results cube (the
 * whole filtered view, or one group of a breakdown). Pure: the data layer (lib/results/data/survey-results.ts)
 * sums the cube in SQL and hands over the view.
 */

export type BuildOptions = {
  /** Add weighted figures (the view's figures carry weights). */
  weighted: boolean;
  /** Approved open answers per question id (moderation queue), for text questions. */
  approved?: Readonly<Record<string, number>>;
};

export function buildQuestionResults(
  definition: SurveyDefinition,
  view: CubeView,
  options: BuildOptions,
): QuestionResult[] {
  const respondents = respondentsOf(view).count;
  const results: QuestionResult[] = [];
  let number = 0;
  for (const page of definition.pages) {
    for (const question of page.questions) {
      number += 1;
      const answered = statusOf(view, question.id, "answered");
      const result: QuestionResult = {
        questionId: question.id,
        number,
        text: question.text,
        questionType: question.type,
        page: { id: page.id, title: page.title, ...(page.block ? { block: page.block } : {}) },
        base: baseOf(view, question.id, respondents),
        figures: figuresOf(question, view, options),
      };
      if (options.weighted) result.effectiveN = answered.weightSum > 0 ? effectiveSize(answered) : null;
      results.push(result);
    }
  }
  return results;
}

/**
 * Answered and skipped come from the status rows; everyone else in the view did not see the
 * question (its condition, its page's, or a version of the survey without it).
 */
function baseOf(view: CubeView, questionId: string, respondents: number): QuestionBase {
  const answered = statusOf(view, questionId, "answered").count;
  const skipped = statusOf(view, questionId, "skipped").count;
  const shown = answered + skipped;
  return { respondents, shown, answered, skipped, notShown: Math.max(0, respondents - shown) };
}

function figuresOf(question: Question, view: CubeView, options: BuildOptions): QuestionFigures {
  switch (question.type) {
    case "single_choice":
    case "dropdown":
    case "multiple_choice":
      return choiceFigures(question, view, options.weighted);
    case "likert":
      return likertFigures(question, view, options.weighted);
    case "rating":
    case "number":
      return numericFigures(question, view, options.weighted);
    case "ranking":
      return rankingFigures(question, view, options.weighted);
    case "short_text":
    case "long_text":
      return { kind: "text", approved: options.approved?.[question.id] ?? 0 };
  }
}
