"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";
import type { ActionResult } from "@/lib/accounts/action-result";

/** react-hook-form's error at a dotted name ("points.2.body"), or a list's own error ("points"). */
function messageAt(errors: unknown, name: string): string | undefined {
  let node: unknown = errors;
  for (const part of name.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== "object" || node === null) return undefined;
  const own = (node as { message?: unknown }).message;
  if (typeof own === "string" && own) return own;
  // A list's own error (e.g. "add at least one point") sits under `root`.
  const root = (node as { root?: { message?: unknown } }).root?.message;
  return typeof root === "string" && root ? root : undefined;
}

/**
 * One view of a review form's errors, like components/forms/use-form-errors.ts but for nested
 * names (lists of points): those react-hook-form found in the browser (zod messages are next-intl
 * keys, translated here) or, when there are none, those the server returned (already translated).
 * `fields` lists each field's name and element id, in the order the form shows them.
 */
export function useReviewFormErrors<T extends FieldValues>(
  clientErrors: FieldErrors<T>,
  state: ActionResult<unknown> | null,
  fields: readonly (readonly [name: string, elementId: string])[],
  submitCount: number,
) {
  const t = useTranslations();
  const translate = (message: string) => (t.has(message) ? t(message) : message);
  const clientMessage = (name: string) => {
    const message = messageAt(clientErrors, name);
    return message ? translate(message) : undefined;
  };
  const showClient = fields.some(([name]) => clientMessage(name));
  const server = state && !state.ok ? state : null;

  const errorFor = (name: string): string | undefined =>
    showClient ? clientMessage(name) : server?.fieldErrors[name]?.[0];

  const items: ErrorSummaryItem[] = [];
  if (!showClient && server?.formError) items.push({ message: server.formError });
  const known = new Set<string>();
  for (const [name, fieldId] of fields) {
    known.add(name);
    const message = errorFor(name);
    if (message) items.push({ message, fieldId });
  }
  if (!showClient && server) {
    for (const [name, messages] of Object.entries(server.fieldErrors)) {
      if (!known.has(name)) for (const message of messages) items.push({ message });
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key must change exactly when these do
  const focusKey = useMemo(() => ({}), [submitCount, state]);
  return { errorFor, items, focusKey };
}
