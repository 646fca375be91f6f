"use client";

import { useActionState, useId } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { ServerAction } from "@/lib/auth/action-result";

/**
 * One lifecycle step as a plain form (it works without JavaScript): the survey, the status to go
 * to and the revision this page showed. A refusal (a stale page, a step that is no longer
 * possible) appears above the button in the error summary, with focus moved to it.
 */
export function LifecycleStepForm({
  action,
  surveyId,
  to,
  revision,
  label,
  description,
  errorTitle,
  reloadLabel,
  reloadHref,
}: {
  action: ServerAction<never>;
  surveyId: number;
  to: string;
  revision: number;
  label: string;
  description: string;
  errorTitle: string;
  reloadLabel: string;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const descriptionId = useId();
  const error =
    state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors).flat()[0] ?? null) : null;
  return (
    <form action={formAction} className="lifecycle-step" data-form="lifecycle-step" data-to={to}>
      <ErrorSummary
        items={error ? [{ message: error }] : []}
        title={errorTitle}
        intro={undefined}
        focusKey={state}
      />
      {error ? (
        <p>
          <a href={reloadHref}>{reloadLabel}</a>
        </p>
      ) : null}
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="to" value={to} />
      <input type="hidden" name="expectedRevision" value={revision} />
      <button type="submit" className="button" aria-describedby={descriptionId}>
        {label}
      </button>
      <p id={descriptionId} className="lifecycle-step__description">
        {description}
      </p>
    </form>
  );
}
