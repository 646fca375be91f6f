"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SingleButtonForm } from "@/components/forms/single-button-form";
import type { ServerAction } from "@/lib/accounts/client";
import { firstError } from "../forms/first-error";

/**
 * Resend one failed or in-doubt message; a plain form, so it works without JavaScript too. On
 * success the action redirects to the message's page, which confirms it; only a refusal shows here.
 */
export function ResendForm({ action, id, to }: { action: ServerAction<never>; id: number; to: string }) {
  const t = useTranslations("mail.resend");
  const [state, formAction] = useActionState(action, null);
  const error = firstError(state, "id");
  return (
    <SingleButtonForm
      action={formAction}
      name="resend-mail"
      hidden={{ id }}
      button={
        <>
          {t("button")}
          <span className="visually-hidden"> ({t("recipient", { to })})</span>
        </>
      }
      error={error}
    />
  );
}
