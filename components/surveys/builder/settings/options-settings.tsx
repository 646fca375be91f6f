"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "../fields";
import { OptionListEditor } from "./option-list-editor";

/** Dropdown and ranking: their options; a ranking may ask for only the top places. */
export function OptionsSettings({ path, ranking = false }: { path: string; ranking?: boolean }) {
  const t = useTranslations("builder.options");
  return (
    <>
      <OptionListEditor path={`${path}.options`} kind="options" />
      {ranking ? (
        <TextInput
          path={`${path}.rankCount`}
          label={t("rankCount")}
          help={t("rankCountHelp")}
          inputMode="numeric"
          className="input input--short"
        />
      ) : null}
    </>
  );
}
