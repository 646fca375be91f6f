"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { CheckedForm } from "@/components/forms/checked-form";
import { EmailField, SelectField, TextField } from "@/components/forms/form-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { Notice } from "@/components/layout/notice";
import {
  createUserSchema,
  MIN_PASSWORD_LENGTH,
  ROLE_OPTIONS,
  type ServerAction,
} from "@/lib/accounts/client";

const FIELDS = {
  email: "new-user-email",
  name: "new-user-name",
  role: "new-user-role",
  password: "new-user-password",
};

/** New account: checked in the browser with the server's zod schema; works without JavaScript too. */
export function CreateUserForm({ action }: { action: ServerAction<{ id: number; email: string }> }) {
  const t = useTranslations("beheer");
  const ta = useTranslations("auth.form");
  const form = useCheckedForm({
    action,
    schema: createUserSchema,
    // No role chosen yet: the select shows "Kies een rol" and the schema asks for one.
    defaultValues: { email: "", name: "", role: undefined, password: "" },
    fields: FIELDS,
  });
  const { register, reset, state, errorFor } = form;

  useEffect(() => {
    if (state?.ok) reset();
  }, [state, reset]);

  return (
    <section aria-labelledby="new-user-title" className="create-user">
      <h2 id="new-user-title">{t("users.create.title")}</h2>
      {state?.ok ? (
        <Notice tone="success">{t("users.create.done", { email: state.data.email })}</Notice>
      ) : null}
      <CheckedForm form={form} name="create-user">
        <EmailField
          id={FIELDS.email}
          label={t("users.create.email")}
          requiredLabel={ta("required")}
          error={errorFor("email")}
          autoComplete="off"
          {...register("email")}
        />
        <TextField
          id={FIELDS.name}
          label={t("users.create.name")}
          requiredLabel={ta("required")}
          error={errorFor("name")}
          type="text"
          autoComplete="off"
          {...register("name")}
        />
        <SelectField
          id={FIELDS.role}
          label={t("users.create.role")}
          requiredLabel={ta("required")}
          error={errorFor("role")}
          {...register("role")}
        >
          <option value="">{t("users.create.chooseRole")}</option>
          {ROLE_OPTIONS.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={FIELDS.password}
          label={t("users.create.password")}
          requiredLabel={ta("required")}
          help={t("users.create.passwordHelp", { min: MIN_PASSWORD_LENGTH })}
          error={errorFor("password")}
          type="password"
          autoComplete="new-password"
          {...register("password")}
        />
        <button type="submit" className="button">
          {t("users.create.submit")}
        </button>
      </CheckedForm>
    </section>
  );
}
