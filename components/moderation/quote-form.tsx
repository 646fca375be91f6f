"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { firstError } from "@/components/forms/first-error";
import { SingleButtonForm } from "@/components/forms/single-button-form";
import type { ServerAction } from "@/lib/accounts/client";
import type { ModerationStatus } from "@/lib/moderation/client";

/** Pick an approved answer as a quote for the public page, or drop it again. */
export function QuoteForm({
  action,
  surveyId,
  reviewId,
  status,
  page,
  quote,
}: {
  action: ServerAction<never>;
  surveyId: number;
  reviewId: number;
  status: ModerationStatus;
  page: number;
  /** Whether the answer is a quote now. */
  quote: boolean;
}) {
  const t = useTranslations("moderation.form");
  const [state, formAction] = useActionState(action, null);
  const error = firstError(state, "quote");
  return (
    <SingleButtonForm
      action={formAction}
      className="moderation-quote-form"
      name="quote"
      hidden={{ surveyId, reviewId, status, page, quote: quote ? "false" : "true" }}
      button={
        <>
          {quote ? t("quoteOff") : t("quoteOn")}{" "}
          <span className="visually-hidden">{t("answerSuffix", { id: reviewId })}</span>
        </>
      }
      error={error}
    />
  );
}
