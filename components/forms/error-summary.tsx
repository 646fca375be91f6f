"use client";

import { type ReactNode, useId } from "react";
import { FocusedAlert } from "@/components/forms/focused-alert";

export type ErrorSummaryItem = {
  message: string;
  /** Id of the field to link to; none for a message about the whole form. */
  fieldId?: string;
};

/**
 * NL Design System error summary, the one every form uses: at the top of the form, one line per
 * problem linking to its field, and focus moved here. `autoFocus` covers a page the server
 * rendered after a submit without JavaScript; the effect covers later failures. `focusKey`
 * changes on every failed submit (useFormErrors gives one).
 *
 * Each form brings its own wording: `title`, and an optional `intro` under it. An intro given as
 * a function is told how many problems link to a field, and shown only when there are any (the
 * forms' "Fix these 2 points:" line); any other intro is always shown.
 */
export function ErrorSummary({
  items,
  title,
  intro,
  focusKey,
}: {
  items: ErrorSummaryItem[];
  title: string;
  intro?: ReactNode | ((linkedCount: number) => ReactNode);
  focusKey: unknown;
}) {
  const titleId = useId();
  const linkedCount = items.filter((item) => item.fieldId).length;
  const introText = typeof intro === "function" ? (linkedCount > 0 ? intro(linkedCount) : null) : intro;
  return (
    <FocusedAlert show={items.length > 0} focusKey={focusKey} title={title} titleId={titleId} autoFocus>
      {introText ? <p>{introText}</p> : null}
      <ul>
        {items.map((item) => (
          <li key={`${item.fieldId ?? "form"}-${item.message}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  // Move focus into the field, not only scroll to it, for keyboard users.
                  const target = document.getElementById(item.fieldId as string);
                  if (target) {
                    event.preventDefault();
                    target.focus();
                    target.scrollIntoView({ block: "center" });
                  }
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </FocusedAlert>
  );
}
