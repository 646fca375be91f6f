"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useRef } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/form-field";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ServerAction } from "@/lib/accounts/client";
import { type LoginRequestInput, loginRequestSchema } from "@/lib/panels/client";

const FIELDS = { email: "member-login-email" };

/** Asks for a sign-in link; works without JavaScript too. */
export function LoginRequestForm({ action }: { action: ServerAction<never> }) {
  const t = useTranslations("panel.login");
  const tForm = useTranslations("auth.form");
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, formState } = useForm<LoginRequestInput>({
    shouldFocusError: false,
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { email: "" },
  });
  const { errorFor, items, focusKey } = useFormErrors(formState.errors, state, FIELDS, formState.submitCount);
  const submit = handleSubmit(() => {
    const form = formRef.current;
    if (form) startTransition(() => formAction(new FormData(form)));
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={submit} noValidate aria-busy={pending || undefined}>
      <ErrorSummary
        items={items}
        title={tForm("errorSummaryTitle")}
        intro={(count) => tForm("errorSummaryFields", { count })}
        focusKey={focusKey}
      />
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
