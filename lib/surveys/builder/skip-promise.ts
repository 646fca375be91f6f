/*
 * A survey-level check: when the start or privacy text tells residents they may skip questions,
 * no question should be required. A warning, not a refusal: the wording may be meant otherwise,
 * and staff decide. Works on the builder form and on a definition alike (same field names).
 */

/** Words that promise questions may be left open, in Dutch (the source language). */
const PROMISE =
  /[^.!?\n]*\b(overslaan|niet verplicht|hoeft u niet te beantwoorden|leeg laten)\b[^.!?\n]*[.!?]?/i;

type Text = { intro?: string; privacy?: string };
type QuestionLike = { id: string; text: string; required?: boolean };
type SurveyLike = Text & { pages: readonly { questions: readonly QuestionLike[] }[] };

export type SkipPromiseWarning = {
  /** Which text makes the promise. */
  where: "intro" | "privacy";
  /** The sentence that makes it, as written. */
  sentence: string;
  /** The required questions, with their place in the form (page and question index). */
  required: { id: string; text: string; page: number; question: number }[];
};

/** The promise and the required questions that break it, or null when there is nothing to warn about. */
export function skipPromiseWarning(survey: SurveyLike): SkipPromiseWarning | null {
  const required = survey.pages.flatMap((page, p) =>
    page.questions.flatMap((q, i) => (q.required ? [{ id: q.id, text: q.text, page: p, question: i }] : [])),
  );
  if (required.length === 0) return null;
  for (const where of ["privacy", "intro"] as const) {
    const match = PROMISE.exec(survey[where] ?? "");
    if (match) return { where, sentence: match[0].trim(), required };
  }
  return null;
}
