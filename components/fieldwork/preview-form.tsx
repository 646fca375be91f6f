"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import { type PreviewFormValues, previewFormSchema } from "@/lib/fieldwork/fieldwork-schema";
import { SAMPLE_METHODS } from "@/lib/fieldwork/sampling";

const FIELD_IDS = {
  panel: "fw-panel",
  methode: "fw-method-all",
  aantal: "fw-size",
  herinneren: "fw-reminders",
} as const;
type FieldName = keyof typeof FIELD_IDS;

/**
 * Choosing a panel, a method and the reminder days. A GET form: the preview is read-only, so its
 * choice lives in the URL (shareable, and it works without JavaScript); the server draws the
 * preview with a seed it adds to the URL. With JavaScript, zod checks the fields first.
 */
export function PreviewForm({
  surveyId,
  panels,
  values,
  serverErrors,
}: {
  surveyId: number;
  panels: { id: number; label: string }[];
  values: { panel: string; methode: string; aantal: string; herinneren: string };
  /** Errors the server found in the query string, already translated. */
  serverErrors: Partial<Record<FieldName, string>>;
}) {
  const t = useTranslations("fieldwork.preview");
  const tErrors = useTranslations("fieldwork.errors");
  const tAll = useTranslations();
  const router = useRouter();
  const action = `/beheer/surveys/${surveyId}/uitnodigen`;
  const { register, handleSubmit, formState } = useForm<PreviewFormValues>({
    shouldFocusError: false,
    resolver: zodResolver(previewFormSchema) as never,
    defaultValues: values as PreviewFormValues,
  });
  const clientError = (name: FieldName) => {
    const message = formState.errors[name]?.message;
    return typeof message === "string" ? (tAll.has(message) ? tAll(message) : message) : undefined;
  };
  const anyClient = (Object.keys(FIELD_IDS) as FieldName[]).some((name) => clientError(name));
  const errorFor = (name: FieldName) => (anyClient ? clientError(name) : serverErrors[name]);
  const items: ErrorSummaryItem[] = (Object.keys(FIELD_IDS) as FieldName[]).flatMap((name) => {
    const message = errorFor(name);
    return message ? [{ message, fieldId: FIELD_IDS[name] }] : [];
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the summary after each failed submit
  const focusKey = useMemo(() => ({}), [formState.submitCount]);

  const submit = handleSubmit((data) => {
    const query = new URLSearchParams({
      panel: String(data.panel),
      methode: data.methode,
      aantal: data.aantal ?? "",
      herinneren: data.herinneren ?? "",
    });
    router.push(`${action}?${query}`);
  });

  const describedBy = (name: FieldName, help?: string) =>
    [errorFor(name) ? `${FIELD_IDS[name]}-error` : null, help].filter(Boolean).join(" ") || undefined;

  return (
    <form method="get" action={action} onSubmit={submit} noValidate className="fieldwork-form">
      <ErrorSummary items={items} title={tErrors("errorSummaryTitle")} focusKey={focusKey} />
      <div className={errorFor("panel") ? "field field--error" : "field"}>
        <label className="field__label" htmlFor={FIELD_IDS.panel}>
          {t("panel")} <span className="field__required">{t("required")}</span>
        </label>
        {errorFor("panel") ? (
          <p className="field__error" id={`${FIELD_IDS.panel}-error`}>
            {errorFor("panel")}
          </p>
        ) : null}
        <select
          id={FIELD_IDS.panel}
          className="select"
          aria-required
          aria-invalid={errorFor("panel") ? true : undefined}
          aria-describedby={describedBy("panel")}
          {...register("panel")}
        >
          <option value="">{t("choosePanel")}</option>
          {panels.map((panel) => (
            <option key={panel.id} value={panel.id}>
              {panel.label}
            </option>
          ))}
        </select>
      </div>

      <fieldset
        className={errorFor("methode") ? "field field--error" : "field"}
        aria-describedby={errorFor("methode") ? "fw-method-error" : undefined}
      >
        <legend className="field__label">
          {t("method")} <span className="field__required">{t("required")}</span>
        </legend>
        {errorFor("methode") ? (
          <p className="field__error" id="fw-method-error">
            {errorFor("methode")}
          </p>
        ) : null}
        {SAMPLE_METHODS.map((method) => (
          <div className="choice" key={method}>
            <input
              type="radio"
              id={`fw-method-${method}`}
              value={method}
              aria-describedby={`fw-method-${method}-help`}
              {...register("methode")}
            />
            <div>
              <label htmlFor={`fw-method-${method}`}>{t(`methods.${method}`)}</label>
              <p className="field__help fieldwork-choice-help" id={`fw-method-${method}-help`}>
                {t(`methodHelp.${method}`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>

      <div className={errorFor("aantal") ? "field field--error" : "field"}>
        <label className="field__label" htmlFor={FIELD_IDS.aantal}>
          {t("size")}
        </label>
        <p className="field__help" id="fw-size-help">
          {t("sizeHelp")}
        </p>
        {errorFor("aantal") ? (
          <p className="field__error" id={`${FIELD_IDS.aantal}-error`}>
            {errorFor("aantal")}
          </p>
        ) : null}
        <input
          id={FIELD_IDS.aantal}
          className="input input--short"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={errorFor("aantal") ? true : undefined}
          aria-describedby={describedBy("aantal", "fw-size-help")}
          {...register("aantal")}
        />
      </div>

      <div className={errorFor("herinneren") ? "field field--error" : "field"}>
        <label className="field__label" htmlFor={FIELD_IDS.herinneren}>
          {t("reminders")}
        </label>
        <p className="field__help" id="fw-reminders-help">
          {t("remindersHelp")}
        </p>
        {errorFor("herinneren") ? (
          <p className="field__error" id={`${FIELD_IDS.herinneren}-error`}>
            {errorFor("herinneren")}
          </p>
        ) : null}
        <input
          id={FIELD_IDS.herinneren}
          className="input input--short"
          autoComplete="off"
          aria-invalid={errorFor("herinneren") ? true : undefined}
          aria-describedby={describedBy("herinneren", "fw-reminders-help")}
          {...register("herinneren")}
        />
      </div>

      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
