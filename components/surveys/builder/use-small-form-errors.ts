"use client";

import { useMemo } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";
import type { ActionResult } from "@/lib/accounts/action-result";
import { useTranslateError } from "./use-translate-error";

/**
 * Errors of a small builder form (new survey, import, delete): the browser's when it found any,
 * else the server's, translated from builder message keys. `fields` maps field names to element
 * ids, in form order; server messages for other names are listed without a link.
 */
export function useSmallFormErrors<T extends FieldValues>(
  clientErrors: FieldErrors<T>,
  state: ActionResult<unknown> | null,
  fields: Record<string, string>,
  attempt: number,
) {
  const translate = useTranslateError();
  const client = (name: string) => {
    const message = (clientErrors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    return typeof message === "string" && message ? translate(message) : undefined;
  };
  const showClient = Object.keys(fields).some((name) => client(name));
  const server = state && !state.ok ? state : null;
  const errorFor = (name: string) =>
    showClient
      ? client(name)
      : server?.fieldErrors[name]?.[0]
        ? translate(server.fieldErrors[name][0])
        : undefined;

  const items: ErrorSummaryItem[] = [];
  if (!showClient && server?.formError) items.push({ message: translate(server.formError) });
  for (const [name, fieldId] of Object.entries(fields)) {
    const message = errorFor(name);
    if (message) items.push({ message, fieldId });
  }
  if (!showClient && server) {
    for (const [name, messages] of Object.entries(server.fieldErrors)) {
      if (!(name in fields)) for (const message of messages) items.push({ message: translate(message) });
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new key exactly on each failed attempt
  const focusKey = useMemo(() => ({}), [attempt, state]);
  return { errorFor, items, focusKey };
}
