"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";

/**
 * The error summary with the forms' usual wording: "Something went wrong" and, when problems link
 * to fields, "Please correct these 2 points:". `messages` names the catalogue section that holds
 * `errorSummaryTitle` and `errorSummaryFields` (sign-in and panel forms, or the review forms).
 */
export function FormErrorSummary({
  items,
  focusKey,
  messages,
}: {
  items: ErrorSummaryItem[];
  focusKey: unknown;
  messages: "auth.form" | "review.form";
}) {
  const t = useTranslations(messages);
  return (
    <ErrorSummary
      items={items}
      title={t("errorSummaryTitle")}
      intro={(count) => t("errorSummaryFields", { count })}
      focusKey={focusKey}
    />
  );
}
