"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { ChoiceGroup } from "@/components/forms/choice-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, TextField } from "@/components/forms/form-field";
import { useFormErrors } from "@/components/forms/use-form-errors";
import { type PreviewFormValues, previewFormSchema, SAMPLE_METHODS } from "@/lib/fieldwork/client";

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
  const router = useRouter();
  const action = `/beheer/surveys/${surveyId}/uitnodigen`;
  const { register, handleSubmit, formState } = useForm<PreviewFormValues>({
    shouldFocusError: false,
    resolver: zodResolver(previewFormSchema) as never,
    defaultValues: values as PreviewFormValues,
  });
  // The server's errors come with the page it answered; a new key only when they are new ones.
  const serverKey = JSON.stringify(serverErrors);
  // biome-ignore lint/correctness/useExhaustiveDependencies: serverKey stands for serverErrors
  const serverState = useMemo(
    () => ({
      ok: false as const,
      fieldErrors: Object.fromEntries(
        Object.entries(serverErrors).map(([name, message]) => [name, [message]]),
      ),
    }),
    [serverKey],
  );
  const { errorFor, items, focusKey } = useFormErrors(
    formState.errors,
    serverState,
    FIELD_IDS,
    formState.submitCount,
  );

  const submit = handleSubmit((data) => {
    const query = new URLSearchParams({
      panel: String(data.panel),
      methode: data.methode,
      aantal: data.aantal ?? "",
      herinneren: data.herinneren ?? "",
    });
    router.push(`${action}?${query}`);
  });

  return (
    <form method="get" action={action} onSubmit={submit} noValidate className="fieldwork-form">
      <ErrorSummary items={items} title={tErrors("errorSummaryTitle")} focusKey={focusKey} />
      <SelectField
        id={FIELD_IDS.panel}
        label={t("panel")}
        requiredLabel={t("required")}
        error={errorFor("panel")}
        {...register("panel")}
      >
        <option value="">{t("choosePanel")}</option>
        {panels.map((panel) => (
          <option key={panel.id} value={panel.id}>
            {panel.label}
          </option>
        ))}
      </SelectField>

      <ChoiceGroup
        id="fw-method"
        legend={t("method")}
        legendClassName="field__label"
        requiredLabel={t("required")}
        error={errorFor("methode")}
      >
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
      </ChoiceGroup>

      <TextField
        id={FIELD_IDS.aantal}
        label={t("size")}
        help={t("sizeHelp")}
        error={errorFor("aantal")}
        className="input input--short"
        inputMode="numeric"
        autoComplete="off"
        {...register("aantal")}
      />

      <TextField
        id={FIELD_IDS.herinneren}
        label={t("reminders")}
        help={t("remindersHelp")}
        error={errorFor("herinneren")}
        className="input input--short"
        autoComplete="off"
        {...register("herinneren")}
      />

      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
