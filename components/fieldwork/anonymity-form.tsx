"use client";

import { useTranslations } from "next-intl";
import { Choice } from "@/components/forms/choice-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useServerForm } from "@/components/forms/use-server-form";
import type { ServerAction } from "@/lib/accounts/client";

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
  const tErrors = useTranslations("fieldwork.errors");
  // Every message is the server's and about the whole form: none links to a field.
  const { formAction, items, focusKey } = useServerForm(action);
  return (
    <form action={formAction} className="fieldwork-form">
      <ErrorSummary items={items} title={tErrors("errorSummaryTitle")} focusKey={focusKey} />
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
      <Choice
        id="fw-breakdowns"
        type="checkbox"
        label={t("breakdowns")}
        name="allowBreakdowns"
        defaultChecked={allowBreakdowns}
      />
      <button type="submit" className="button button--secondary">
        {t("submit")}
      </button>
    </form>
  );
}
