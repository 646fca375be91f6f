"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { ResumeCodeState } from "@/lib/responses/client";

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
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="_slug" value={slug} />
      <ErrorSummary
        items={errorText ? [{ fieldId: FIELD_ID, message: errorText }] : []}
        title={t("errorTitle")}
        focusKey={state.attempt}
      />
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
