"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/form-field";
import type { EntryFormState } from "@/lib/fieldwork/client";
import type { AnswerError, Question } from "@/lib/surveys/client";
import { EntryQuestion } from "./entry-question";

export type EntryQuestionView = { question: Question; number: number; condition: string | null };

/**
 * The entry screen: the response code first, then every question in the order of the paper, so
 * a whole form goes in with the keyboard (type the number, Tab, next). Works without JavaScript:
 * a plain post the server checks with the resident's own rules, answering with the form again
 * (what was typed, and every problem) or with an empty form for the next paper.
 */
export function EntryForm({
  surveyId,
  questions,
  initialCode,
  action,
}: {
  surveyId: number;
  questions: EntryQuestionView[];
  initialCode: string;
  action: (state: EntryFormState, formData: FormData) => Promise<EntryFormState>;
}) {
  const t = useTranslations("entry");
  const tv = useTranslations("validation");
  const [state, formAction, pending] = useActionState(action, { attempt: 0, errors: [] });
  const typed = state.typed ?? {
    code: state.attempt === 0 ? initialCode : "",
    doubleEntry: false,
    fields: {},
  };
  const numberOf = new Map(questions.map((q) => [q.question.id, q.number]));
  const errorText = (e: AnswerError) =>
    e.code === "unknown_option" ? t("entry.unknownNumber") : tv(e.code, e.params ?? {});
  const saved = state.saved;

  return (
    // A new key after every post: the fields start again from what the server sent back.
    <form key={state.attempt} action={formAction} className="entry-form" noValidate>
      {saved ? (
        <div className="alert alert--success" role="status">
          <p>
            {t(
              saved.kind === "counted"
                ? "entry.counted"
                : saved.kind === "awaiting_second"
                  ? "entry.awaitingSecond"
                  : "entry.differs",
              { code: saved.code },
            )}
          </p>
          {saved.notApplicable.length > 0 ? (
            <p>
              {t("entry.notApplicable", {
                questions: saved.notApplicable.map((n) => t("questionNumber", { number: n })).join(", "),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      {state.refusal ? (
        // biome-ignore lint/a11y/noAutofocus: the refusal must be read first, as with the error summary
        <div className="alert alert--error" role="alert" tabIndex={-1} autoFocus>
          <p>{state.refusal}</p>
        </div>
      ) : null}
      {state.problem ? (
        // biome-ignore lint/a11y/noAutofocus: the refusal must be read first, as with the error summary
        <div className="alert alert--error" role="alert" tabIndex={-1} autoFocus>
          <p>{t(`problems.${state.problem}`)}</p>
        </div>
      ) : null}
      <ErrorSummary
        items={state.errors.map((e) => ({
          fieldId: e.field,
          message: `${t("questionNumber", { number: numberOf.get(e.questionId) ?? 0 })}: ${errorText(e)}`,
        }))}
        title={t("entry.errorSummaryTitle", { count: state.errors.length })}
        focusKey={state.attempt}
      />
      <input type="hidden" name="_survey" value={surveyId} />
      <TextField
        id="invoer-code"
        name="_code"
        type="text"
        label={t("entry.code")}
        help={t("entry.codeHint")}
        className="input input--short entry-code"
        autoComplete="off"
        spellCheck={false}
        defaultValue={typed.code}
        aria-invalid={state.problem?.startsWith("code") || undefined}
        // After saving a form, staff go straight on with the next paper's code.
        autoFocus={Boolean(saved) || undefined}
      />
      {questions.map((q) => (
        <EntryQuestion
          key={q.question.id}
          question={q.question}
          number={q.number}
          condition={q.condition}
          typed={typed.fields}
          errors={state.errors.filter((e) => e.questionId === q.question.id)}
          errorText={errorText}
        />
      ))}
      <div className="choice">
        <input
          id="invoer-dubbel"
          type="checkbox"
          name="_dubbel"
          value="1"
          defaultChecked={typed.doubleEntry}
          aria-describedby="invoer-dubbel-help"
        />
        <label htmlFor="invoer-dubbel">{t("entry.doubleEntry")}</label>
      </div>
      <p className="field__help" id="invoer-dubbel-help">
        {t("entry.doubleEntryHint")}
      </p>
      <div className="button-row">
        <button type="submit" className="button">
          {t("entry.save")}
        </button>
        {pending ? (
          <span role="status" className="muted">
            {t("entry.saving")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
