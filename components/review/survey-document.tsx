import "./review.css";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { describeCondition } from "@/components/surveys/survey-diff/condition-text";
import { Paragraphs } from "@/components/text/paragraphs";
import { questionRefs } from "@/lib/review";
import type { SurveyDefinition } from "@/lib/surveys";
import { QuestionDocument } from "./question-document";

/** The element id of a question in the review document, for links from threads and advice points. */
export function questionAnchor(questionId: string): string {
  return `vraag-${questionId}`;
}

/**
 * A shared version as a readable document: the survey's texts, then page by page every question
 * with its answer options, numbered across the survey ("Vraag 3"). Under each question, `extras`
 * renders what the review adds there (threads, a comment form).
 */
export async function SurveyDocument({
  definition,
  extras,
}: {
  definition: SurveyDefinition;
  extras: (questionId: string, label: string) => ReactNode;
}) {
  const [t, tDiff] = await Promise.all([
    getTranslations("review.document"),
    getTranslations("lifecycle.diff"),
  ]);
  const numbers = new Map(questionRefs(definition).map((q) => [q.id, q.number]));
  return (
    <div className="survey-doc">
      <section className="survey-doc__texts" aria-labelledby="doc-intro">
        <h2 id="doc-intro">{t("introTitle")}</h2>
        <Paragraphs text={definition.intro} />
        {definition.estimatedMinutes ? <p>{t("minutes", { minutes: definition.estimatedMinutes })}</p> : null}
        <h3>{t("privacyTitle")}</h3>
        <Paragraphs text={definition.privacy} />
      </section>
      {definition.pages.map((page, pageIndex) => (
        <section key={page.id} className="survey-doc__page" aria-labelledby={`doc-page-${page.id}`}>
          <h2 id={`doc-page-${page.id}`}>{t("pageTitle", { number: pageIndex + 1, title: page.title })}</h2>
          {page.intro ? <Paragraphs text={page.intro} /> : null}
          {page.visibleIf ? (
            <p className="question-doc__condition">
              <span className="question-doc__label">{t("pageShownWhen")}</span>{" "}
              {describeCondition(page.visibleIf, definition, (key, values) => tDiff(key, values))}
            </p>
          ) : null}
          {page.questions.map((question) => {
            const label = t("questionLabel", { number: numbers.get(question.id) ?? 0 });
            return (
              <article
                key={question.id}
                id={questionAnchor(question.id)}
                className="question-doc"
                aria-labelledby={`${questionAnchor(question.id)}-title`}
                tabIndex={-1}
              >
                <h3 id={`${questionAnchor(question.id)}-title`} className="question-doc__title">
                  <span className="question-doc__number">{label}</span> {question.text}
                </h3>
                <QuestionDocument question={question} definition={definition} />
                {extras(question.id, label)}
              </article>
            );
          })}
        </section>
      ))}
      <section className="survey-doc__texts" aria-labelledby="doc-closing">
        <h2 id="doc-closing">{t("closingTitle")}</h2>
        <Paragraphs text={definition.closing} />
      </section>
    </div>
  );
}
