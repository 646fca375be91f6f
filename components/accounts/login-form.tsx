"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { type LoginInput, loginSchema, type ServerAction } from "@/lib/accounts/client";
import { TextField } from "../forms/form-field";
import { useFormErrors } from "../forms/use-form-errors";

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
  const [state, formAction, pending] = useActionState(action, null);
  const { register, handleSubmit, formState } = useForm<LoginInput>({
    // Focus goes to the error summary (NL Design System), not to the first field.
    shouldFocusError: false,
    resolver: zodResolver(loginSchema),
    defaultValues: { email: "", password: "", callbackUrl: callbackUrl ?? undefined },
  });
  const { errorFor, items, focusKey } = useFormErrors(formState.errors, state, FIELDS, formState.submitCount);
  const formProps = useActionForm(handleSubmit, formAction);

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
