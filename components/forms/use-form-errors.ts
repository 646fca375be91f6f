"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";
import type { ActionResult } from "@/lib/accounts/client";

export type FormErrorOptions = {
  /**
   * Turns a message into the text to show. The default reads it as a next-intl key when it is
   * one (zod messages are keys) and shows it as it is otherwise (the server's are translated).
   */
  translate?: (message: string) => string;
  /**
   * For a form whose fields are not known in advance (the survey builder's nested pages and
   * questions): every error outside `fields` is listed too, from the browser or the server, linked
   * to the element this returns for its name, and the list follows the order of the page.
   */
  linkTo?: (name: string) => string | undefined;
};

/**
 * One view of a form's errors, for every form: those react-hook-form found in the browser or,
 * when the browser found none, those the server action returned. `fields` maps each field name
 * (dotted for nested ones, "points.2.body") to its element id, in form order; a name also finds
 * a list's own error ("add at least one point"). Server messages for names the form does not
 * show (e.g. a hidden id) are listed without a link, so they still reach the person.
 * `focusKey` is a new object on every submit and every answer from the server, and the same
 * object otherwise, so the error summary takes focus then and not while someone types.
 */
export function useFormErrors<T extends FieldValues>(
  clientErrors: FieldErrors<T>,
  state: ActionResult<unknown> | null,
  fields: Record<string, string>,
  submitCount: number,
  options: FormErrorOptions = {},
) {
  const t = useTranslations();
  const translate = options.translate ?? ((message: string) => (t.has(message) ? t(message) : message));
  const { linkTo } = options;
  const clientMessage = (name: string) => {
    const message = messageAt(clientErrors, name);
    return message ? translate(message) : undefined;
  };
  const otherClientErrors = linkTo
    ? flattenClientErrors(clientErrors).filter(({ path }) => !(path in fields))
    : [];
  const showClient = otherClientErrors.length > 0 || Object.keys(fields).some((name) => clientMessage(name));
  const server = state && !state.ok ? state : null;

  const errorFor = (name: string): string | undefined => {
    if (showClient) return clientMessage(name);
    const message = server?.fieldErrors[name]?.[0];
    return message ? translate(message) : undefined;
  };

  const items: ErrorSummaryItem[] = [];
  if (!showClient && server?.formError) items.push({ message: translate(server.formError) });
  for (const [name, fieldId] of Object.entries(fields)) {
    const message = errorFor(name);
    if (message) items.push({ message, fieldId });
  }
  if (showClient) {
    for (const { path, message } of otherClientErrors) {
      items.push({ message: translate(message), fieldId: linkTo?.(path) });
    }
  } else if (server) {
    for (const [name, messages] of Object.entries(server.fieldErrors)) {
      if (name in fields) continue;
      for (const message of messages) items.push({ message: translate(message), fieldId: linkTo?.(name) });
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key must change exactly when these do
  const focusKey = useMemo(() => ({}), [submitCount, state]);
  return { errorFor, items: linkTo ? inPageOrder(items) : items, focusKey };
}

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
  // A list's own error sits under `root` when the list has items.
  const root = (node as { root?: { message?: unknown } }).root?.message;
  return typeof root === "string" && root ? root : undefined;
}

/** Every browser-side error of the form, with the path of its field, in the order the form has them. */
function flattenClientErrors(errors: FieldErrors): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (typeof record.message === "string" && record.message !== "" && typeof record.type === "string") {
      out.push({ path, message: record.message });
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === "ref" || key === "message" || key === "type" || key === "types") continue;
      visit(child, key === "root" ? path : path ? `${path}.${key}` : key);
    }
  };
  visit(errors, "");
  return out;
}

/** Summary items in the order their fields appear on the page; messages without a field first. */
function inPageOrder(items: ErrorSummaryItem[]): ErrorSummaryItem[] {
  if (typeof document === "undefined") return items;
  const position = (item: ErrorSummaryItem) => (item.fieldId ? document.getElementById(item.fieldId) : null);
  return [...items].sort((a, b) => {
    const ea = position(a);
    const eb = position(b);
    if (!ea || !eb) return ea ? 1 : eb ? -1 : 0;
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
