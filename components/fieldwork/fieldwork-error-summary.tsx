"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";

/** The NL Design System error summary with the fieldwork forms' title. */
export function FieldworkErrorSummary({ items, focusKey }: { items: ErrorSummaryItem[]; focusKey: unknown }) {
  const t = useTranslations("fieldwork.errors");
  return <ErrorSummary items={items} title={t("errorSummaryTitle")} focusKey={focusKey} />;
}
