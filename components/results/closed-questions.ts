import type { QuestionResult } from "@/lib/results";

export type ClosedQuestionOption = { value: string; label: string };

/**
 * The questions a breakdown or a cross-tab can be made by (lib/results/data/cross-tab.ts): single and
 * multiple choice, dropdowns, 0–10 ratings, and each statement of a Likert grid
 * ("<questionId>.<statementId>"), in survey order.
 */
export function closedQuestionOptions(
  questions: readonly QuestionResult[],
  labels: {
    question: (number: number, text: string) => string;
    statement: (number: number, text: string, statement: string) => string;
  },
): ClosedQuestionOption[] {
  return questions.flatMap((q): ClosedQuestionOption[] => {
    const { figures } = q;
    if (figures.kind === "choice" || (figures.kind === "numeric" && figures.questionType === "rating"))
      return [{ value: q.questionId, label: labels.question(q.number, q.text) }];
    if (figures.kind === "likert")
      return figures.statements.map((s) => ({
        value: `${q.questionId}.${s.id}`,
        label: labels.statement(q.number, q.text, s.text),
      }));
    return [];
  });
}
