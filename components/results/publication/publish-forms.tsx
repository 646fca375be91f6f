"use client";

import { CheckboxField } from "@/components/forms/choice-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextareaField } from "@/components/forms/form-field";
import { useServerForm } from "@/components/forms/use-server-form";
import type { ServerAction } from "@/lib/accounts/client";

/*
 * The publish page's three forms: the summary, publishing, withdrawing. Plain forms posting to
 * server actions (they work without JavaScript); the server checks everything and its messages,
 * already translated, come back in the action state. Texts come in as props.
 */

type FormTexts = { errorTitle: string; submit: string };

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
  const { formAction, items, errorFor, focusKey } = useServerForm(action, { summary: "publication-summary" });
  return (
    <form action={formAction} className="publication-form" noValidate>
      <ErrorSummary items={items} title={texts.errorTitle} focusKey={focusKey} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <TextareaField
        id="publication-summary"
        name="summary"
        label={texts.label}
        help={texts.help}
        error={errorFor("summary")}
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
  const checkboxId = `${id}-confirm`;
  const { formAction, items, errorFor, focusKey } = useServerForm(action, { confirm: checkboxId });
  return (
    <form action={formAction} className="publication-form" data-form={id} noValidate>
      <ErrorSummary items={items} title={texts.errorTitle} focusKey={focusKey} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="expectedRevision" value={revision} />
      {summary === undefined ? null : <input type="hidden" name="summary" value={summary} />}
      <CheckboxField
        id={checkboxId}
        name="confirm"
        value="ja"
        label={texts.confirm}
        error={errorFor("confirm")}
      />
      <button type="submit" className="button">
        {texts.submit}
      </button>
    </form>
  );
}
