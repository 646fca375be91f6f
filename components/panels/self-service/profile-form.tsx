"use client";

import { useTranslations } from "next-intl";
import { RadioGroupField } from "@/components/forms/choice-fields";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { EmailField, TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Notice } from "@/components/layout/notice";
import type { ServerAction } from "@/lib/accounts/client";
import { type OwnProfileInput, ownProfileSchema, SEX_OPTIONS } from "@/lib/panels/client";

const FIELDS = {
  email: "profile-email",
  birthYear: "profile-birth-year",
  sex: "profile-sex",
  postcode: "profile-postcode",
};

export type ProfileValues = { email: string; birthYear: number; sex: string; postcode: string };

/**
 * The member's own details. Every value is also rendered as the field's default value, so the
 * server HTML holds them and the form works without JavaScript.
 */
export function ProfileForm({
  action,
  values,
  minAge,
}: {
  action: ServerAction<{ emailChangeRequested: boolean }>;
  values: ProfileValues;
  minAge: number;
}) {
  const t = useTranslations("panel");
  const tForm = useTranslations("auth.form");
  const { register, errorFor, items, focusKey, formProps, pending, state } = useCheckedForm({
    action,
    schema: ownProfileSchema,
    defaultValues: { ...values, birthYear: String(values.birthYear) } as OwnProfileInput,
    fields: FIELDS,
  });
  const required = tForm("required");
  return (
    <form {...formProps} aria-busy={pending || undefined} data-form="profile">
      {state?.ok ? (
        <Notice tone="success">
          {state.data.emailChangeRequested ? t("mine.savedEmail") : t("mine.saved")}
        </Notice>
      ) : null}
      <FormErrorSummary items={items} messages="auth.form" focusKey={focusKey} />
      <EmailField
        id={FIELDS.email}
        label={t("signup.email")}
        requiredLabel={required}
        help={t("mine.emailHelp")}
        error={errorFor("email")}
        defaultValue={values.email}
        {...register("email")}
      />
      <TextField
        id={FIELDS.birthYear}
        label={t("signup.birthYear")}
        requiredLabel={required}
        help={t("signup.birthYearHelp", { age: minAge })}
        error={errorFor("birthYear")}
        inputMode="numeric"
        autoComplete="bday-year"
        className="input input--short"
        defaultValue={String(values.birthYear)}
        {...register("birthYear")}
      />
      <RadioGroupField
        id={FIELDS.sex}
        legend={t("signup.sex")}
        requiredLabel={required}
        error={errorFor("sex")}
        options={SEX_OPTIONS.map((value) => ({ value, label: t(`sexes.${value}`) }))}
        inputProps={(value) => ({ defaultChecked: values.sex === value, ...register("sex") })}
      />
      <TextField
        id={FIELDS.postcode}
        label={t("signup.postcode")}
        requiredLabel={required}
        help={t("signup.postcodeHelp")}
        error={errorFor("postcode")}
        autoComplete="postal-code"
        className="input input--short"
        defaultValue={values.postcode}
        {...register("postcode")}
      />
      <button type="submit" className="button">
        {t("mine.save")}
      </button>
    </form>
  );
}
