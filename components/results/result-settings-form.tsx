"use client";

import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/forms/checked-form";
import { RadioGroupField } from "@/components/forms/choice-fields";
import { TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { ServerAction } from "@/lib/accounts/client";
import {
  MIN_CELL_SIZE,
  MIN_MEAN_GROUP,
  type ResultSettingsFormValues,
  resultSettingsSchema,
  TRIM_HIGH,
  TRIM_LOW,
  WEIGHTING_METHODS,
  type WeightingMethod,
} from "@/lib/results/client";

const FIELDS = {
  minCellSize: "settings-k",
  minMeanGroup: "settings-mean-group",
  weighting: "settings-weighting",
  trimLow: "settings-trim-low",
  trimHigh: "settings-trim-high",
};

/**
 * The analysis settings: k, the smallest group with a mean, weighting and the trim bounds. Checked in the browser with the same
 * zod schema the server action uses; a plain POST without JavaScript. Every value is also the
 * field's default value in the server HTML.
 */
export function ResultSettingsForm({
  action,
  surveyId,
  values,
}: {
  action: ServerAction<never>;
  surveyId: number;
  /** The current values, numbers already written the reader's way (Dutch: "0,3"). */
  values: {
    minCellSize: string;
    minMeanGroup: string;
    weighting: WeightingMethod;
    trimLow: string;
    trimHigh: string;
  };
}) {
  const t = useTranslations("results.settings");
  const defaults: ResultSettingsFormValues = {
    surveyId: String(surveyId),
    minCellSize: values.minCellSize,
    minMeanGroup: values.minMeanGroup,
    weighting: values.weighting,
    trimLow: values.trimLow,
    trimHigh: values.trimHigh,
  };
  const form = useCheckedForm({
    action,
    schema: resultSettingsSchema,
    defaultValues: defaults,
    fields: FIELDS,
  });
  const { register, errorFor } = form;
  /** A number setting within its bounds, which its help names. */
  const setting = (
    name: "minCellSize" | "minMeanGroup" | "trimLow" | "trimHigh",
    label: string,
    help: string,
    bounds: { min: number; max: number },
    inputMode: "numeric" | "decimal",
  ) => (
    <TextField
      id={FIELDS[name]}
      label={t(label)}
      help={t(help, { min: bounds.min, max: bounds.max })}
      error={errorFor(name)}
      inputMode={inputMode}
      className="input input--short"
      defaultValue={defaults[name] as string}
      {...register(name)}
    />
  );
  return (
    <CheckedForm form={form} busy>
      <input type="hidden" value={surveyId} {...register("surveyId")} />
      {setting("minCellSize", "k", "kHelp", MIN_CELL_SIZE, "numeric")}
      {setting("minMeanGroup", "meanGroup", "meanGroupHelp", MIN_MEAN_GROUP, "numeric")}
      <RadioGroupField
        id={FIELDS.weighting}
        legend={t("weighting")}
        error={errorFor("weighting")}
        options={WEIGHTING_METHODS.map((value) => ({ value, label: t(`weightingOptions.${value}`) }))}
        inputProps={(value) => ({
          defaultChecked: values.weighting === value,
          ...register("weighting"),
        })}
      />
      <p className="field__help">{t("weightingHelp")}</p>
      {setting("trimLow", "trimLow", "trimLowHelp", TRIM_LOW, "decimal")}
      {setting("trimHigh", "trimHigh", "trimHighHelp", TRIM_HIGH, "decimal")}
      <button type="submit" className="button">
        {t("save")}
      </button>
    </CheckedForm>
  );
}
