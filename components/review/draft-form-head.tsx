"use client";

import type { ReactNode } from "react";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";
import { FormErrorSummary } from "@/components/forms/form-error-summary";

/**
 * The top of a review document kept as a draft (the advice, the official response): the error
 * summary, "saved" after a save, the hidden values that say which document it is (`children`),
 * and when the draft was last saved, so the server refuses a save made from an older state.
 */
export function DraftFormHead({
  items,
  focusKey,
  saved,
  savedText,
  baseUpdatedAt,
  children,
}: {
  items: ErrorSummaryItem[];
  focusKey: unknown;
  saved: boolean;
  savedText: string;
  baseUpdatedAt: number;
  children: ReactNode;
}) {
  return (
    <>
      <FormErrorSummary items={items} messages="review.form" focusKey={focusKey} />
      {saved ? (
        <div className="alert alert--success" role="status">
          <p>{savedText}</p>
        </div>
      ) : null}
      {children}
      <input type="hidden" name="baseUpdatedAt" value={baseUpdatedAt} />
    </>
  );
}
