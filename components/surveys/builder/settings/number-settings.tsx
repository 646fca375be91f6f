"use client";

import { useTranslations } from "next-intl";
import { CheckboxInput, TextInput } from "../fields";

/** A number: optional range, whole numbers or decimals, and a unit shown beside the field. */
export function NumberSettings({ path }: { path: string }) {
  const t = useTranslations("builder.number");
  return (
    <>
      <TextInput
        path={`${path}.min`}
        label={t("min")}
        help={t("rangeHelp")}
        inputMode="decimal"
        className="input input--short"
      />
      <TextInput
        path={`${path}.max`}
        label={t("max")}
        help={t("rangeHelp")}
        inputMode="decimal"
        className="input input--short"
      />
      <CheckboxInput path={`${path}.integer`} label={t("integer")} />
      <TextInput path={`${path}.unit`} label={t("unit")} />
    </>
  );
}
