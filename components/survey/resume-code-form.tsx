"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { ResumeCodeState } from "@/lib/respondent/resume-code-state";

const FIELD_ID = "hervatcode";

/** The resume-code form, following the NL Design System error pattern; works without JavaScript. */
export function ResumeCodeForm({
  slug,
  action,
}: {
  slug: string;
  action: (state: ResumeCodeState, formData: FormData) => Promise<ResumeCodeState>;
}) {
  const t = useTranslations("survey.resume");
  const [state, formAction] = useActionState(action, { attempt: 0 });
  const errorText = state.error ? t(`error.${state.error}`) : null;
  const summary = useRef<HTMLDivElement>(null);
  // After a submit handled in the browser, autoFocus does not fire again: move focus here.
  useEffect(() => {
    if (state.attempt > 0) summary.current?.focus();
  }, [state.attempt]);
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="_slug" value={slug} />
      {errorText ? (
        // biome-ignore lint/a11y/noAutofocus: focus moves to the error summary (NL Design System)
        <div className="alert alert--error" role="alert" tabIndex={-1} autoFocus ref={summary}>
          <h2>{t("errorTitle")}</h2>
          <ul>
            <li>
              <a href={`#${FIELD_ID}`}>{errorText}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <div className={`field${errorText ? " field--error" : ""}`}>
        <label className="field__label" htmlFor={FIELD_ID}>
          {t("label")}
        </label>
        <p className="field__help" id={`${FIELD_ID}-hint`}>
          {t("hint")}
        </p>
        {errorText ? (
          <p className="field__error" id={`${FIELD_ID}-fout`}>
            {errorText}
          </p>
        ) : null}
        <input
          className="input input--code"
          id={FIELD_ID}
          name="code"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={state.code ?? ""}
          aria-invalid={errorText ? true : undefined}
          aria-describedby={`${FIELD_ID}-hint${errorText ? ` ${FIELD_ID}-fout` : ""}`}
        />
      </div>
      <button type="submit" className="button">
        {t("button")}
      </button>
    </form>
  );
}
