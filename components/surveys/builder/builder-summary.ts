"use client";

import type { FieldErrors } from "react-hook-form";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";
import { builderFieldId, candidateFieldIds } from "@/lib/surveys/builder/dom-ids";

/** Every browser-side error of the form, with the path of its field, in the order the form has them. */
export function flattenClientErrors(errors: FieldErrors, prefix = ""): { path: string; message: string }[] {
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
  visit(errors, prefix);
  return out;
}

/** The id of the control to link an error at `path` to: the first that exists on the page. */
export function linkTarget(path: string): string | undefined {
  if (typeof document === "undefined") return builderFieldId(path);
  return candidateFieldIds(path).find((id) => document.getElementById(id));
}

/** Summary items in the order their fields appear on the page; messages without a field first. */
export function inPageOrder(items: ErrorSummaryItem[]): ErrorSummaryItem[] {
  if (typeof document === "undefined") return items;
  const position = (item: ErrorSummaryItem) => (item.fieldId ? document.getElementById(item.fieldId) : null);
  return [...items].sort((a, b) => {
    const ea = position(a);
    const eb = position(b);
    if (!ea || !eb) return ea ? 1 : eb ? -1 : 0;
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
