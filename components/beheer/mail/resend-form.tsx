"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ServerAction } from "@/lib/auth/action-result";
import { firstError } from "../first-error";

/** Resend one failed or in-doubt message; a plain form, so it works without JavaScript too. */
export function ResendForm({
  action,
  id,
  to,
}: {
  action: ServerAction<{ id: number }>;
  id: number;
  to: string;
}) {
  const t = useTranslations("mail.resend");
  const [state, formAction] = useActionState(action, null);
  const error = firstError(state, "id");
  return (
    <form action={formAction} className="inline-form" data-form="resend-mail">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button--secondary">
        {t("button")}
        <span className="visually-hidden"> ({t("recipient", { to })})</span>
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {state?.ok ? (
        <p className="inline-form__done" role="status">
          {t("done")}
        </p>
      ) : null}
    </form>
  );
}
