import "./results.css";
import type { QuestionResult } from "@/lib/results";
import { PositiveHealthRadar } from "./positive-health-radar";
import { QuestionResultView } from "./question-result-view";

/**
 * Every question's results, grouped by the survey's pages (a heading per page); the Positieve
 * Gezondheid page opens with its spider chart over the page's ratings.
 */
export function QuestionResultsList({
  questions,
  weighted,
  openAnswersHref,
}: {
  questions: QuestionResult[];
  weighted: boolean;
  /** The open answers page for a question, when the user may moderate them. */
  openAnswersHref?: (questionId: string) => string;
}) {
  const pages: { id: string; title: string; block?: string; questions: QuestionResult[] }[] = [];
  for (const question of questions) {
    const last = pages.at(-1);
    if (last && last.id === question.page.id) last.questions.push(question);
    else pages.push({ ...question.page, questions: [question] });
  }
  return (
    <>
      {pages.map((page) => (
        <section key={page.id} aria-labelledby={`page-${page.id}`} className="results-page">
          <h2 id={`page-${page.id}`}>{page.title}</h2>
          {page.block === "positive_health" ? (
            <PositiveHealthRadar id={`radar-${page.id}`} questions={page.questions} weighted={weighted} />
          ) : null}
          {page.questions.map((question) => (
            <QuestionResultView
              key={question.questionId}
              result={question}
              weighted={weighted}
              openAnswersHref={openAnswersHref?.(question.questionId)}
            />
          ))}
        </section>
      ))}
    </>
  );
}
