"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { TextField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { type LoginRequestInput, loginRequestSchema } from "@/lib/panels/client";

const FIELDS = { email: "member-login-email" };

/** Asks for a sign-in link; works without JavaScript too. */
export function LoginRequestForm({ action }: { action: ServerAction<never> }) {
  const t = useTranslations("panel.login");
  const tForm = useTranslations("auth.form");
  const [state, formAction, pending] = useActionState(action, null);
  const { register, handleSubmit, formState } = useForm<LoginRequestInput>({
    shouldFocusError: false,
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { email: "" },
  });
  const { errorFor, items, focusKey } = useFormErrors(formState.errors, state, FIELDS, formState.submitCount);
  const formProps = useActionForm(handleSubmit, formAction);
  return (
    <form {...formProps} aria-busy={pending || undefined}>
      <FormErrorSummary items={items} messages="auth.form" focusKey={focusKey} />
      <TextField
        id={FIELDS.email}
        label={t("email")}
        requiredLabel={tForm("required")}
        error={errorFor("email")}
        type="email"
        autoComplete="email"
        spellCheck={false}
        {...register("email")}
      />
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
