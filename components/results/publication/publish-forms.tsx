"use client";

import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import { TextareaField } from "@/components/forms/form-field";
import type { ActionResult, ServerAction } from "@/lib/accounts/action-result";

/*
 * The publish page's three forms: the summary, publishing, withdrawing. Plain forms posting to
 * server actions (they work without JavaScript); the server checks everything and its messages,
 * already translated, come back in the action state. Texts come in as props.
 */

type FormTexts = { errorTitle: string; submit: string };

function errorsOf(state: ActionResult<unknown> | null, fields: Record<string, string>) {
  const failed = state && !state.ok ? state : null;
  const items: ErrorSummaryItem[] = [];
  if (failed?.formError) items.push({ message: failed.formError });
  for (const [name, messages] of Object.entries(failed?.fieldErrors ?? {})) {
    for (const message of messages) items.push({ message, fieldId: fields[name] });
  }
  return { items, field: (name: string) => failed?.fieldErrors[name]?.[0] };
}

export function SummaryForm({
  action,
  surveyId,
  summary,
  texts,
}: {
  action: ServerAction<never>;
  surveyId: number;
  summary: string;
  texts: FormTexts & { label: string; help: string };
}) {
  const [state, formAction] = useActionState(action, null);
  const { items, field } = errorsOf(state, { summary: "publication-summary" });
  return (
    <form action={formAction} className="publication-form" noValidate>
      <ErrorSummary items={items} title={texts.errorTitle} focusKey={state} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <TextareaField
        id="publication-summary"
        name="summary"
        label={texts.label}
        help={texts.help}
        error={field("summary")}
        defaultValue={summary}
        rows={8}
      />
      <button type="submit" className="button button--secondary">
        {texts.submit}
      </button>
    </form>
  );
}

/** Publishing or withdrawing: a checkbox that confirms, and the button. */
export function ConfirmStepForm({
  action,
  surveyId,
  revision,
  summary,
  texts,
  id,
}: {
  action: ServerAction<never>;
  surveyId: number;
  revision: number;
  /** Publishing sends the summary as saved (what the preview shows). */
  summary?: string;
  texts: FormTexts & { confirm: string };
  id: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const checkboxId = `${id}-confirm`;
  const { items, field } = errorsOf(state, { confirm: checkboxId });
  const error = field("confirm");
  return (
    <form action={formAction} className="publication-form" data-form={id} noValidate>
      <ErrorSummary items={items} title={texts.errorTitle} focusKey={state} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="expectedRevision" value={revision} />
      {summary === undefined ? null : <input type="hidden" name="summary" value={summary} />}
      <div className={error ? "field field--error" : "field"}>
        {error ? (
          <p className="field__error" id={`${checkboxId}-error`}>
            {error}
          </p>
        ) : null}
        <div className="choice">
          <input
            type="checkbox"
            id={checkboxId}
            name="confirm"
            value="ja"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${checkboxId}-error` : undefined}
          />
          <label htmlFor={checkboxId}>{texts.confirm}</label>
        </div>
      </div>
      <button type="submit" className="button">
        {texts.submit}
      </button>
    </form>
  );
}
