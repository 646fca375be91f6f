"use client";

import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/forms/checked-form";
import { CheckboxField, RadioGroupField } from "@/components/forms/choice-fields";
import { EmailField, TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Paragraphs } from "@/components/text/paragraphs";
import type { ServerAction } from "@/lib/accounts/client";
import { SEX_OPTIONS, signupSchema } from "@/lib/panels/client";

const FIELDS = {
  code: "signup-code",
  email: "signup-email",
  birthYear: "signup-birth-year",
  sex: "signup-sex",
  postcode: "signup-postcode",
  consent: "signup-consent",
};

/**
 * Joining a panel: checked in the browser with the server's zod schema, then posted to the
 * server action; without JavaScript the form posts to the same action. A refused post comes back
 * with the values typed (the server renders them), so nothing has to be typed again.
 */
export function SignupForm({
  action,
  panel,
  code,
}: {
  action: ServerAction<never>;
  panel: { slug: string; minAge: number; privacyText: string };
  code: string;
}) {
  const t = useTranslations("panel.signup");
  const tSex = useTranslations("panel.sexes");
  const tForm = useTranslations("auth.form");
  const form = useCheckedForm({
    action,
    schema: signupSchema,
    defaultValues: { panel: panel.slug, code, email: "", birthYear: "", postcode: "", consent: false },
    fields: FIELDS,
  });
  const { register, errorFor } = form;
  const required = tForm("required");

  return (
    <CheckedForm form={form} busy>
      {/* defaultValue: the server HTML carries it, for a post without JavaScript. */}
      <input type="hidden" defaultValue={panel.slug} {...register("panel")} />
      <TextField
        id={FIELDS.code}
        label={`${t("code")} ${t("optional")}`}
        help={t("codeHelp")}
        error={errorFor("code")}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        className="input input--code"
        defaultValue={code}
        {...register("code")}
      />
      <EmailField
        id={FIELDS.email}
        label={t("email")}
        requiredLabel={required}
        help={t("emailHelp")}
        error={errorFor("email")}
        {...register("email")}
      />
      <TextField
        id={FIELDS.birthYear}
        label={t("birthYear")}
        requiredLabel={required}
        help={t("birthYearHelp", { age: panel.minAge })}
        error={errorFor("birthYear")}
        inputMode="numeric"
        autoComplete="bday-year"
        className="input input--short"
        {...register("birthYear")}
      />
      <RadioGroupField
        id={FIELDS.sex}
        legend={t("sex")}
        requiredLabel={required}
        error={errorFor("sex")}
        options={SEX_OPTIONS.map((value) => ({ value, label: tSex(value) }))}
        inputProps={() => register("sex")}
      />
      <TextField
        id={FIELDS.postcode}
        label={t("postcode")}
        requiredLabel={required}
        help={t("postcodeHelp")}
        error={errorFor("postcode")}
        autoComplete="postal-code"
        className="input input--short"
        {...register("postcode")}
      />
      <CheckboxField
        id={FIELDS.consent}
        legend={t("consentLegend")}
        label={t("consent")}
        requiredLabel={required}
        error={errorFor("consent")}
        value="ja"
        {...register("consent")}
      >
        <h2>{t("privacyTitle")}</h2>
        <div className="panel-privacy">
          <Paragraphs text={panel.privacyText} />
        </div>
      </CheckboxField>
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </CheckedForm>
  );
}
