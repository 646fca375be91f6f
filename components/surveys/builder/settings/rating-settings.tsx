"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "../fields";

/** A rating is always 0 to 10; labels for the ends help residents read the scale. */
export function RatingSettings({ path }: { path: string }) {
  const t = useTranslations("builder.rating");
  return (
    <>
      <p className="muted">{t("note")}</p>
      <TextInput path={`${path}.minLabel`} label={t("minLabel")} />
      <TextInput path={`${path}.maxLabel`} label={t("maxLabel")} />
    </>
  );
}
