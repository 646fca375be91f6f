"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Notice } from "@/components/layout/notice";
import { SurveyPageForm } from "@/components/responses/survey-page-form";
import { SurveyProgress } from "@/components/responses/survey-progress";
import { Paragraphs } from "@/components/text/paragraphs";
import {
  type AnswerMap,
  evaluatePage,
  findPage,
  nextPageId,
  PAGE_FORM_FIELDS,
  type PageFormState,
  pageContext,
  pagesInPath,
  previousPageId,
  progressOf,
} from "@/lib/responses/client";
import {
  type Answers,
  formDataToValues,
  formValuesFromAnswers,
  type SurveyDefinition,
} from "@/lib/surveys/client";

type Step = { kind: "start" } | { kind: "page"; pageId: string } | { kind: "done" };

/**
 * The survey exactly as a resident meets it — start page, the resident's own page form and
 * question components, conditions, validation, closing text — but with an action that runs in
 * the browser and stores nothing: answers live in this component until the preview is left.
 */
export function SurveyPreview({ definition, slug }: { definition: SurveyDefinition; slug: string }) {
  const t = useTranslations("survey");
  const tp = useTranslations("builder.preview");
  const [step, setStep] = useState<Step>({ kind: "start" });
  const [answers, setAnswers] = useState<AnswerMap>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [moves, setMoves] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Like a new page load for a resident: each step starts reading at its heading.
  useEffect(() => {
    if (moves > 0) headingRef.current?.focus();
  }, [moves]);

  const go = (next: Step) => {
    setNotice(null);
    setStep(next);
    setMoves((n) => n + 1);
    window.scrollTo({ top: 0 });
  };

  if (step.kind === "start") {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {definition.title}
        </h1>
        <Paragraphs text={definition.intro} />
        {definition.estimatedMinutes ? (
          <p>{t("start.minutes", { minutes: definition.estimatedMinutes })}</p>
        ) : null}
        <section aria-labelledby="privacy-titel">
          <h2 id="privacy-titel">{t("start.privacyTitle")}</h2>
          <Paragraphs text={definition.privacy} />
        </section>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() => go({ kind: "page", pageId: pagesInPath(definition, answers)[0].id })}
          >
            {t("start.button")}
          </button>
        </div>
      </>
    );
  }

  if (step.kind === "done") {
    return (
      <>
        <Notice tone="success">{t("done.sent")}</Notice>
        <h1 ref={headingRef} tabIndex={-1}>
          {t("done.title")}
        </h1>
        <Paragraphs text={definition.closing} />
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setAnswers({});
              go({ kind: "start" });
            }}
          >
            {tp("restart")}
          </button>
        </div>
      </>
    );
  }

  const page = findPage(definition, step.pageId);
  if (!page) return null;
  const path = pagesInPath(definition, answers);
  const index = path.findIndex((p) => p.id === page.id);
  const progress = progressOf(definition, answers, page.id);
  const context = pageContext(definition, answers, page);

  const previewAction = async (state: PageFormState, formData: FormData): Promise<PageFormState> => {
    const attempt = state.attempt + 1;
    const intent = formData.get(PAGE_FORM_FIELDS.intent) ?? "next";
    const { values } = formDataToValues(page.questions, formData.entries());
    const evaluation = evaluatePage(page, context, values);
    const own = new Set(page.questions.map((q) => q.id));
    const merged: AnswerMap = {
      ...Object.fromEntries(Object.entries(answers).filter(([id]) => !own.has(id))),
      ...evaluation.answers,
    };
    if (intent === "save") {
      setNotice(tp("saveNote"));
      return { attempt, values, errors: [] };
    }
    if (intent === "back") {
      setAnswers(merged);
      const previous = previousPageId(definition, merged, page.id);
      go(previous ? { kind: "page", pageId: previous } : { kind: "start" });
      return { attempt, values, errors: [] };
    }
    if (evaluation.errors.length > 0) return { attempt, values, errors: evaluation.errors };
    setAnswers(merged);
    const next = nextPageId(definition, merged, page.id);
    go(next ? { kind: "page", pageId: next } : { kind: "done" });
    return { attempt, values, errors: [] };
  };

  return (
    <>
      <p className="survey-title">{definition.title}</p>
      <SurveyProgress progress={progress} />
      <h1 ref={headingRef} tabIndex={-1}>
        {page.title}
      </h1>
      {notice ? <Notice>{notice}</Notice> : null}
      <SurveyPageForm
        key={page.id}
        slug={slug}
        page={page}
        context={context}
        initialValues={formValuesFromAnswers(page.questions, answers as Answers)}
        initialErrors={[]}
        isFirst={index === 0}
        isLast={index === path.length - 1}
        action={previewAction}
      />
      <aside className="later" aria-labelledby="later-titel">
        <h2 id="later-titel">{t("page.laterTitle")}</h2>
        <p>{t("page.laterText")}</p>
      </aside>
    </>
  );
}
