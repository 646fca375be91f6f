"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import type { ServerAction } from "@/lib/accounts/action-result";
import { FieldworkErrorSummary } from "./fieldwork-error-summary";

/**
 * The survey's anonymity, editable until it opens. Two radio buttons and a checkbox, posted as a
 * plain form (works without JavaScript); the server checks again that nobody answered yet.
 */
export function AnonymityForm({
  action,
  surveyId,
  anonymity,
  allowBreakdowns,
}: {
  action: ServerAction<never>;
  surveyId: number;
  anonymity: "anonymous" | "pseudonymous";
  allowBreakdowns: boolean;
}) {
  const t = useTranslations("fieldwork.anonymity");
  const [state, formAction] = useActionState(action, null);
  const messages = state && !state.ok ? [state.formError, ...Object.values(state.fieldErrors).flat()] : [];
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the summary on each refusal
  const focusKey = useMemo(() => ({}), [state]);
  return (
    <form action={formAction} className="fieldwork-form">
      <FieldworkErrorSummary
        items={messages.filter((m): m is string => !!m).map((message) => ({ message }))}
        focusKey={focusKey}
      />
      <input type="hidden" name="surveyId" value={surveyId} />
      <fieldset className="field">
        <legend className="field__label">{t("legend")}</legend>
        {(["anonymous", "pseudonymous"] as const).map((value) => (
          <div className="choice" key={value}>
            <input
              type="radio"
              id={`fw-anonymity-${value}`}
              name="anonymity"
              value={value}
              defaultChecked={anonymity === value}
              aria-describedby={`fw-anonymity-${value}-help`}
            />
            <div>
              <label htmlFor={`fw-anonymity-${value}`}>
                {t(value === "anonymous" ? "optionAnonymous" : "optionPseudonymous")}
              </label>
              <p className="field__help fieldwork-choice-help" id={`fw-anonymity-${value}-help`}>
                {t(value === "anonymous" ? "optionAnonymousHelp" : "optionPseudonymousHelp")}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <div className="choice">
        <input type="checkbox" id="fw-breakdowns" name="allowBreakdowns" defaultChecked={allowBreakdowns} />
        <label htmlFor="fw-breakdowns">{t("breakdowns")}</label>
      </div>
      <button type="submit" className="button button--secondary">
        {t("submit")}
      </button>
    </form>
  );
}
