"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { TextArea, TextInput } from "./fields";

/** Title, address, time, and the survey's three texts. */
export function GeneralFields({ slugEditable }: { slugEditable: boolean }) {
  const t = useTranslations("builder.editor");
  const slug = useWatch({ name: "slug" }) as string;
  return (
    <section aria-labelledby="builder-general-title">
      <h2 id="builder-general-title">{t("general")}</h2>
      <TextInput path="title" label={t("titleLabel")} required />
      {slugEditable ? (
        <TextInput
          path="slug"
          label={t("slugLabel")}
          help={t("slugHelp", { slug })}
          required
          spellCheck={false}
          autoComplete="off"
        />
      ) : (
        <p className="builder-locked-id">{t("slugLocked", { slug })}</p>
      )}
      <TextInput
        path="estimatedMinutes"
        label={t("minutesLabel")}
        inputMode="numeric"
        className="input input--short"
      />
      <TextArea path="intro" label={t("introLabel")} help={t("introHelp")} required rows={5} />
      <TextArea path="privacy" label={t("privacyLabel")} help={t("privacyHelp")} required rows={5} />
      <TextArea path="closing" label={t("closingLabel")} help={t("closingHelp")} required rows={3} />
    </section>
  );
}
