"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { firstError } from "@/components/forms/first-error";
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
    <form action={formAction} className="moderation-quote-form" data-form="quote">
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="status" value={status} />
      <input type="hidden" name="page" value={page} />
      <input type="hidden" name="quote" value={quote ? "false" : "true"} />
      <button type="submit" className="button button--secondary">
        {quote ? t("quoteOff") : t("quoteOn")}{" "}
        <span className="visually-hidden">{t("answerSuffix", { id: reviewId })}</span>
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
