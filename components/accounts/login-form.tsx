"use client";

import { useTranslations } from "next-intl";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import { loginSchema, type ServerAction } from "@/lib/accounts/client";
import { TextField } from "../forms/form-field";

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
  const { register, errorFor, items, focusKey, formProps, pending } = useCheckedForm({
    action,
    schema: loginSchema,
    defaultValues: { email: "", password: "", callbackUrl: callbackUrl ?? undefined },
    fields: FIELDS,
  });

  return (
    <form {...formProps} aria-busy={pending || undefined}>
      <FormErrorSummary items={items} messages="auth.form" focusKey={focusKey} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField
        id={FIELDS.email}
        label={t("login.email")}
        requiredLabel={t("form.required")}
        error={errorFor("email")}
        type="email"
        autoComplete="username"
        spellCheck={false}
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
    </form>
  );
}
