"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "../fields";

/** Short and long open answers: the maximum length. */
export function TextSettings({ path }: { path: string }) {
  const t = useTranslations("builder.text");
  return (
    <TextInput
      path={`${path}.maxLength`}
      label={t("maxLength")}
      required
      inputMode="numeric"
      className="input input--short"
    />
  );
}
