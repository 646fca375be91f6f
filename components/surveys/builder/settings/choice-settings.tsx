"use client";

import { useTranslations } from "next-intl";
import { CheckboxInput, TextInput } from "../fields";
import { OptionListEditor } from "./option-list-editor";

/** Single and multiple choice: options, "anders, namelijk", "weet niet", and for multiple choice a maximum. */
export function ChoiceSettings({ path, multiple }: { path: string; multiple: boolean }) {
  const t = useTranslations("builder.options");
  return (
    <>
      <OptionListEditor path={`${path}.options`} kind="options" />
      <CheckboxInput path={`${path}.other`} label={t("other")} />
      <CheckboxInput path={`${path}.dontKnow`} label={t("dontKnow")} />
      {multiple ? (
        <TextInput
          path={`${path}.maxSelected`}
          label={t("maxSelected")}
          help={t("maxSelectedHelp")}
          inputMode="numeric"
          className="input input--short"
        />
      ) : null}
    </>
  );
}
