"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { ServerAction } from "@/lib/accounts/client";

export type LifecycleStepOption = { to: string; label: string; description: string };

/**
 * The lifecycle steps this user may take now, each a plain form (it works without JavaScript)
 * with the survey, the status to go to and the revision this page showed. The steps share one
 * action state, rendered whatever the survey's status: a refused step (a stale page, a step no
 * longer possible) then shows its message even when the page behind it has changed, also after
 * a post without JavaScript. Focus moves to the message.
 */
export function LifecycleSteps({
  action,
  surveyId,
  revision,
  steps,
  errorTitle,
  reloadLabel,
  reloadHref,
}: {
  action: ServerAction<never>;
  surveyId: number;
  revision: number;
  steps: LifecycleStepOption[];
  errorTitle: string;
  reloadLabel: string;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const error =
    state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors).flat()[0] ?? null) : null;
  return (
    <div className="lifecycle-steps">
      <ErrorSummary items={error ? [{ message: error }] : []} title={errorTitle} focusKey={state} />
      {error ? (
        <p>
          <a href={reloadHref}>{reloadLabel}</a>
        </p>
      ) : null}
      {steps.map((step) => (
        <form
          key={step.to}
          action={formAction}
          className="lifecycle-step"
          data-form="lifecycle-step"
          data-to={step.to}
        >
          <input type="hidden" name="surveyId" value={surveyId} />
          <input type="hidden" name="to" value={step.to} />
          <input type="hidden" name="expectedRevision" value={revision} />
          <button type="submit" className="button" aria-describedby={`lifecycle-step-${step.to}`}>
            {step.label}
          </button>
          <p id={`lifecycle-step-${step.to}`} className="lifecycle-step__description">
            {step.description}
          </p>
        </form>
      ))}
    </div>
  );
}
