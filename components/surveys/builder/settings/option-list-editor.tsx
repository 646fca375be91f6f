"use client";

import { useTranslations } from "next-intl";
import { newOption, optionValueFromLabel } from "@/lib/surveys/client";
import { KeyedTextListEditor } from "./keyed-text-list-editor";

/**
 * Answer options (or a Likert scale). A new option's value is made from its label while it is
 * typed, and fixed once the label field is left: relabelling later never changes the value that
 * stored answers use.
 */
export function OptionListEditor({ path, kind }: { path: string; kind: "options" | "scale" }) {
  const t = useTranslations("builder");
  const label = (key: string, number: number) =>
    kind === "options" ? t(`options.${key}`, { number }) : t(`likert.${SCALE_KEYS[key]}`, { number });
  return (
    <KeyedTextListEditor
      path={path}
      textField="label"
      keyField="value"
      keyFromText={optionValueFromLabel}
      newItem={newOption}
      describeKey={(value) => (value ? t("options.value", { value }) : t("options.valuePending"))}
      texts={{
        legend: kind === "options" ? t("options.title") : t("likert.scale"),
        item: (number) => label("label", number),
        up: (number) => label("moveUp", number),
        down: (number) => label("moveDown", number),
        remove: (number) => label("remove", number),
        added: (number) => label("added", number),
        add: kind === "options" ? t("options.add") : t("likert.addScalePoint"),
      }}
    />
  );
}

/** Scale wording for the option keys. */
const SCALE_KEYS: Record<string, string> = {
  label: "scalePoint",
  moveUp: "scaleUp",
  moveDown: "scaleDown",
  remove: "scaleRemove",
  added: "scalePointAdded",
};
