"use client";

import { useTranslations } from "next-intl";
import { CheckedForm } from "@/components/forms/checked-form";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { loginSchema, type ServerAction } from "@/lib/accounts/client";
import { EmailField, TextField } from "../forms/form-field";

const FIELDS = { email: "login-email", password: "login-password" };

/**
 * Checked in the browser with the server's own zod schema, then posted to the server action;
 * without JavaScript the form posts to the same action and the page comes back with its errors.
 */
export function LoginForm({
  action,
  callbackUrl,
}: {
  action: ServerAction<never>;
  callbackUrl: string | null;
}) {
  const t = useTranslations("auth");
  const form = useCheckedForm({
    action,
    schema: loginSchema,
    defaultValues: { email: "", password: "", callbackUrl: callbackUrl ?? undefined },
    fields: FIELDS,
  });
  const { register, errorFor } = form;

  return (
    <CheckedForm form={form} busy>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <EmailField
        id={FIELDS.email}
        label={t("login.email")}
        requiredLabel={t("form.required")}
        error={errorFor("email")}
        autoComplete="username"
        {...register("email")}
      />
      <TextField
        id={FIELDS.password}
        label={t("login.password")}
        requiredLabel={t("form.required")}
        error={errorFor("password")}
        type="password"
        autoComplete="current-password"
        {...register("password")}
      />
      <button type="submit" className="button">
        {t("login.submit")}
      </button>
    </CheckedForm>
  );
}
