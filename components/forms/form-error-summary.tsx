"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";

/** The shared NL Design System error summary, with the sign-in and account forms' wording. */
export function FormErrorSummary({ items, focusKey }: { items: ErrorSummaryItem[]; focusKey: unknown }) {
  const t = useTranslations("auth.form");
  const fieldCount = items.filter((item) => item.fieldId).length;
  return (
    <ErrorSummary
      items={items}
      title={t("errorSummaryTitle")}
      intro={fieldCount > 0 ? t("errorSummaryFields", { count: fieldCount }) : undefined}
      focusKey={focusKey}
    />
  );
}
