"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";
import type { ActionResult } from "@/lib/accounts/action-result";

/**
 * One view of a form's errors: those react-hook-form found in the browser (zod messages are
 * next-intl keys, translated here) or, when the browser found none, those the server action
 * returned (already translated). `fields` maps each field name to its element id, in form order.
 * `focusKey` is a new object on every submit and every answer from the server, and the same
 * object otherwise, so the error summary takes focus then and not while someone types.
 */
export function useFormErrors<T extends FieldValues>(
  clientErrors: FieldErrors<T>,
  state: ActionResult<unknown> | null,
  fields: Record<string, string>,
  submitCount: number,
) {
  const t = useTranslations();
  const translate = (message: string) => (t.has(message) ? t(message) : message);
  const clientMessage = (name: string): string | undefined => {
    const message = (clientErrors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    return typeof message === "string" && message ? translate(message) : undefined;
  };
  const showClient = Object.keys(fields).some((name) => clientMessage(name));
  const server = state && !state.ok ? state : null;

  const errorFor = (name: string): string | undefined =>
    showClient ? clientMessage(name) : server?.fieldErrors[name]?.[0];

  const items: ErrorSummaryItem[] = [];
  if (!showClient && server?.formError) items.push({ message: server.formError });
  for (const [name, fieldId] of Object.entries(fields)) {
    const message = errorFor(name);
    if (message) items.push({ message, fieldId });
  }
  // Errors on fields the form does not show (e.g. a hidden id) still reach the person.
  if (!showClient && server) {
    for (const [name, messages] of Object.entries(server.fieldErrors)) {
      if (!(name in fields)) for (const message of messages) items.push({ message });
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key must change exactly when these do
  const focusKey = useMemo(() => ({}), [submitCount, state]);
  return { errorFor, items, focusKey };
}
