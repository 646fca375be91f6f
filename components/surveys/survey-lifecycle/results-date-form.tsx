"use client";

import { useTranslations } from "next-intl";
import type { ZodType } from "zod";
import { CheckedForm } from "@/components/forms/checked-form";
import { TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Notice } from "@/components/layout/notice";
import type { ServerAction } from "@/lib/accounts/client";
import { resultsDateSchema } from "@/lib/surveys/client";

type Values = { surveyId: string; resultsExpectedOn: string };
const FIELDS = { resultsExpectedOn: "uitkomsten-datum" };

/** When the results are expected: residents read it on the thank-you page and in their copy of the answers. */
export function ResultsDateForm({
  action,
  surveyId,
  resultsExpectedOn,
}: {
  action: ServerAction<{ resultsExpectedOn: string | null }>;
  surveyId: number;
  resultsExpectedOn: string | null;
}) {
  const t = useTranslations("lifecycle.resultsDate");
  const form = useCheckedForm({
    action,
    schema: resultsDateSchema as unknown as ZodType<unknown, Values>,
    defaultValues: { surveyId: String(surveyId), resultsExpectedOn: resultsExpectedOn ?? "" },
    fields: FIELDS,
  });
  const { register, errorFor, state } = form;
  return (
    <CheckedForm form={form} name="uitkomsten-datum">
      {state?.ok ? <Notice tone="success">{t("saved")}</Notice> : null}
      <input type="hidden" defaultValue={surveyId} {...register("surveyId")} />
      <TextField
        id={FIELDS.resultsExpectedOn}
        label={t("label")}
        help={t("help")}
        error={errorFor("resultsExpectedOn")}
        type="date"
        className="input input--short"
        defaultValue={resultsExpectedOn ?? ""}
        {...register("resultsExpectedOn")}
      />
      <button type="submit" className="button button--secondary">
        {t("submit")}
      </button>
    </CheckedForm>
  );
}
