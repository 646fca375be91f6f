"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { AnswerError } from "@/lib/survey/answer-types";

/**
 * NL Design System error summary: at the top of the form, a link per problem to its field, and
 * focus moved here. `autoFocus` covers a page rendered by the server without JavaScript; the effect
 * covers errors found in the browser. `focusKey` changes on every failed submit.
 */
export function ErrorSummary({
  errors,
  questionText,
  focusKey,
}: {
  errors: AnswerError[];
  questionText: (questionId: string) => string;
  focusKey: number;
}) {
  const t = useTranslations("survey");
  const tv = useTranslations("validation");
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on each failed submit
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    // biome-ignore lint/a11y/noAutofocus: moving focus to the error summary is the NL Design System pattern
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref} autoFocus aria-labelledby="foutmeldingen-titel">
      <h2 id="foutmeldingen-titel">{t("errorSummaryTitle", { count: errors.length })}</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field}-${e.code}`}>
            <a
              href={`#${e.field}`}
              onClick={(event) => {
                // Move focus (not only scroll) so keyboard users land in the field.
                const target = document.getElementById(e.field);
                if (target) {
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "center" });
                }
              }}
            >
              {questionText(e.questionId)}: {tv(e.code, e.params ?? {})}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
