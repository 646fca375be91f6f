"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import {
  type AnswerMap,
  evaluatePage,
  INITIAL_PAGE_FORM_STATE,
  PAGE_FORM_FIELDS,
  type PageFormState,
  type PageIntent,
  RETURN_TO_REVIEW,
} from "@/lib/responses/client";
import { type AnswerError, OTHER_VALUE, type Page, type PageFormValues } from "@/lib/surveys/client";
import { QuestionField } from "./question-field";
import "./survey-page-form.css";

type Props = {
  slug: string;
  page: Page;
  /** Answers from earlier pages that this page's conditions read. */
  context: AnswerMap;
  initialValues: PageFormValues;
  /** Problems found by the server before the page was shown (after a final check). */
  initialErrors: AnswerError[];
  isFirst: boolean;
  isLast: boolean;
  /** Opened from the review page to change this page: saving goes back there. */
  returnToReview?: boolean;
  action: (state: PageFormState, formData: FormData) => Promise<PageFormState>;
};

/**
 * One page of a survey. Without JavaScript it is a plain form posting to the server action, which
 * validates and either renders this page again (with errors, or with follow-up questions that
 * became visible) or redirects to the next page. With JavaScript, react-hook-form tracks the
 * values so follow-up questions appear at once, and the same validation runs before posting.
 */
export function SurveyPageForm({
  slug,
  page,
  context,
  initialValues,
  initialErrors,
  isFirst,
  isLast,
  returnToReview = false,
  action,
}: Props) {
  const t = useTranslations("survey");
  const tv = useTranslations("validation");
  const [state, formAction, pending] = useActionState(action, {
    ...INITIAL_PAGE_FORM_STATE,
    errors: initialErrors,
  });
  const startValues = state.values ?? initialValues;
  const { register, setValue, watch } = useForm<PageFormValues>({ defaultValues: startValues });
  const [hydrated, setHydrated] = useState(false);
  const [clientErrors, setClientErrors] = useState<{ errors: AnswerError[]; attempt: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => setHydrated(true), []);

  const values = hydrated ? watch() : startValues;
  const evaluation = useMemo(() => evaluatePage(page, context, values), [page, context, values]);
  const visibleIds = evaluation.visibleQuestions.map((q) => q.id);

  // Server errors are shown until the browser has validated again.
  const errors = clientErrors && clientErrors.attempt >= state.attempt ? clientErrors.errors : state.errors;
  const focusKey = clientErrors ? clientErrors.attempt * 2 + 1 : state.attempt * 2;
  const errorsFor = (questionId: string) => errors.filter((e) => e.questionId === questionId);
  const questionText = (id: string) => page.questions.find((q) => q.id === id)?.text ?? id;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = (submitter?.value ?? "next") as PageIntent;
    if (intent !== "next") return;
    const check = evaluatePage(page, context, watch());
    if (check.errors.length > 0) {
      event.preventDefault();
      setClientErrors({
        errors: check.errors,
        attempt: Math.max(state.attempt, clientErrors?.attempt ?? 0) + 1,
      });
    } else {
      setClientErrors(null);
    }
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="survey-form">
      <input type="hidden" name={PAGE_FORM_FIELDS.slug} value={slug} />
      <input type="hidden" name={PAGE_FORM_FIELDS.page} value={page.id} />
      <input type="hidden" name={PAGE_FORM_FIELDS.shown} value={visibleIds.join(",")} />
      {returnToReview ? (
        <input type="hidden" name={PAGE_FORM_FIELDS.returnTo} value={RETURN_TO_REVIEW} />
      ) : null}
      {state.problem ? (
        // biome-ignore lint/a11y/noAutofocus: the problem must be read first, as with the error summary
        <div className="alert alert--error" role="alert" tabIndex={-1} autoFocus>
          <p>{t(`problem.${state.problem}`)}</p>
        </div>
      ) : null}
      <ErrorSummary
        items={errors.map((e) => ({
          fieldId: e.field,
          message: `${questionText(e.questionId)}: ${tv(e.code, e.params ?? {})}`,
        }))}
        title={t("errorSummaryTitle", { count: errors.length })}
        focusKey={focusKey}
      />
      {state.revealed && errors.length === 0 ? (
        // biome-ignore lint/a11y/noAutofocus: tells a no-JavaScript user why the page came back
        <div className="alert" role="status" tabIndex={-1} autoFocus>
          <p>{t("revealed")}</p>
        </div>
      ) : null}
      {page.intro ? <p className="page-intro">{page.intro}</p> : null}
      {evaluation.visibleQuestions.map((question) => {
        const current = values[question.id] as { choice?: string; choices?: string[] } | undefined;
        const otherChosen =
          current?.choice === OTHER_VALUE || Boolean(current?.choices?.includes(OTHER_VALUE));
        return (
          <QuestionField
            key={question.id}
            question={question}
            initial={startValues[question.id]}
            register={register}
            setValue={setValue}
            errors={errorsFor(question.id)}
            otherOpen={!hydrated || otherChosen}
          />
        );
      })}
      <div className="button-row">
        {/* "Next" comes first: pressing Enter in a field submits with the first button. */}
        <IntentButton intent="next">
          {returnToReview ? t("backToReview") : isLast ? t("toReview") : t("next")}
        </IntentButton>
        {/* Changing one page from the review page: "back" would leave the way back to the review. */}
        {!isFirst && !returnToReview ? (
          <IntentButton intent="back" secondary>
            {t("back")}
          </IntentButton>
        ) : null}
        <IntentButton intent="save" secondary>
          {t("saveForLater")}
        </IntentButton>
        {pending ? (
          <span role="status" className="muted">
            {t("saving")}
          </span>
        ) : null}
      </div>
    </form>
  );
}

/** A button that sends the page with what the resident wants next: on, back, or save for later. */
function IntentButton({
  intent,
  secondary = false,
  children,
}: {
  intent: "next" | "back" | "save";
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="submit"
      name={PAGE_FORM_FIELDS.intent}
      value={intent}
      className={secondary ? "button button--secondary" : "button"}
    >
      {children}
    </button>
  );
}
