"use client";

import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/forms/checked-form";
import { SelectField, TextareaField, TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Notice } from "@/components/layout/notice";
import type { ServerAction } from "@/lib/accounts/client";
import { MIN_AGE_OPTIONS, panelSettingsSchema } from "@/lib/panels/client";

const FIELDS = {
  name: "panel-name",
  description: "panel-description",
  privacyText: "panel-privacy",
  minAge: "panel-min-age",
  maxInvitationsPerYear: "panel-max-invitations",
};

export type PanelSettingsValues = {
  panelId: number;
  name: string;
  description: string;
  privacyText: string;
  minAge: number;
  maxInvitationsPerYear: number;
  privacyVersion: number;
};

/** A panel's settings; checked in the browser with the server's schema; works without JavaScript. */
export function PanelSettingsForm({
  action,
  values,
}: {
  action: ServerAction<{ changed: string[]; privacyVersion: number }>;
  values: PanelSettingsValues;
}) {
  const t = useTranslations("panels.settings");
  const ta = useTranslations("auth.form");
  const form = useCheckedForm({
    action,
    schema: panelSettingsSchema,
    defaultValues: {
      panelId: values.panelId,
      name: values.name,
      description: values.description,
      privacyText: values.privacyText,
      minAge: values.minAge,
      maxInvitationsPerYear: values.maxInvitationsPerYear,
    },
    fields: FIELDS,
  });
  const { register, errorFor, state } = form;

  let done: string | null = null;
  if (state?.ok) {
    done =
      state.data.changed.length === 0
        ? t("unchanged")
        : state.data.changed.includes("privacyText")
          ? t("savedNewVersion", { version: state.data.privacyVersion })
          : t("saved");
  }

  return (
    <section aria-labelledby="panel-settings-title">
      <h2 id="panel-settings-title">{t("title")}</h2>
      {done ? <Notice tone="success">{done}</Notice> : null}
      <CheckedForm form={form} name="panel-settings">
        <input type="hidden" defaultValue={values.panelId} {...register("panelId")} />
        <TextField
          id={FIELDS.name}
          label={t("name")}
          requiredLabel={ta("required")}
          error={errorFor("name")}
          type="text"
          defaultValue={values.name}
          {...register("name")}
        />
        <TextareaField
          id={FIELDS.description}
          label={t("description")}
          requiredLabel={ta("required")}
          help={t("descriptionHelp")}
          error={errorFor("description")}
          rows={5}
          defaultValue={values.description}
          {...register("description")}
        />
        <TextareaField
          id={FIELDS.privacyText}
          label={t("privacyText")}
          requiredLabel={ta("required")}
          help={t("privacyTextHelp", { version: values.privacyVersion })}
          error={errorFor("privacyText")}
          rows={14}
          defaultValue={values.privacyText}
          {...register("privacyText")}
        />
        <SelectField
          id={FIELDS.minAge}
          label={t("minAge")}
          requiredLabel={ta("required")}
          help={t("minAgeHelp")}
          error={errorFor("minAge")}
          defaultValue={values.minAge}
          {...register("minAge")}
        >
          {MIN_AGE_OPTIONS.map((age) => (
            <option key={age} value={age}>
              {t("years", { age })}
            </option>
          ))}
        </SelectField>
        <TextField
          id={FIELDS.maxInvitationsPerYear}
          label={t("maxInvitations")}
          requiredLabel={ta("required")}
          help={t("maxInvitationsHelp")}
          error={errorFor("maxInvitationsPerYear")}
          type="text"
          inputMode="numeric"
          className="input input--short"
          defaultValue={values.maxInvitationsPerYear}
          {...register("maxInvitationsPerYear")}
        />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </CheckedForm>
    </section>
  );
}
