"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useMemo, useState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import type { FieldErrors, ServerAction } from "@/lib/accounts/action-result";
import { type ModerationStatus, moderationDecisionSchema } from "@/lib/moderation/schema";
import type { ModerationActionData } from "./moderation-action-data";

/**
 * The decision on one open answer: the text to publish (the engine's proposal, editable) with
 * "Goedkeuren" and "Afwijzen". Checked in the browser with the server's zod schema; works without
 * JavaScript too. When the engine still finds personal data in the text, the form shows what it
 * found, keeps the text as typed, and offers the explicit "ik heb dit gecontroleerd" box.
 */
export function ModerationForm({
  action,
  surveyId,
  reviewId,
  status,
  page,
  redactedText,
}: {
  action: ServerAction<ModerationActionData>;
  surveyId: number;
  reviewId: number;
  /** The queue list and page the form is on, to come back to. */
  status: ModerationStatus;
  page: number;
  redactedText: string;
}) {
  const t = useTranslations("moderation");
  const tAll = useTranslations();
  const [state, formAction] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [submits, setSubmits] = useState(0);
  const textId = `antwoord-${reviewId}-tekst`;
  const checkedId = `antwoord-${reviewId}-gecontroleerd`;
  const needsCheck = state?.ok ? state.data.needsCheck : null;

  // This submit's errors: the browser's own check, else what the server said.
  const errors: { text?: string; form?: string; other: string[] } = { other: [] };
  if (clientErrors) {
    const translate = (key: string) => (tAll.has(key) ? tAll(key) : key);
    errors.text = clientErrors.text?.map(translate)[0];
    errors.other = Object.entries(clientErrors)
      .filter(([field]) => field !== "text")
      .flatMap(([, messages]) => messages.map(translate));
  } else if (state && !state.ok) {
    errors.text = state.fieldErrors.text?.[0];
    errors.form = state.formError;
    errors.other = Object.entries(state.fieldErrors)
      .filter(([field]) => field !== "text")
      .flatMap(([, messages]) => messages);
  } else if (needsCheck) {
    errors.text = t("errors.personalDataRemains");
  }
  const items: ErrorSummaryItem[] = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...(errors.text ? [{ message: errors.text, fieldId: textId }] : []),
    ...errors.other.map((message) => ({ message })),
  ];
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key must change exactly when these do
  const focusKey = useMemo(() => ({}), [submits, state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    const parsed = moderationDecisionSchema.safeParse(Object.fromEntries(data));
    setSubmits((n) => n + 1);
    if (!parsed.success) {
      const found: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join(".") || "decision";
        found[field] = [...(found[field] ?? []), issue.message];
      }
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(data));
  };

  const describedBy = [errors.text ? `${textId}-error` : null, `${textId}-help`].filter(Boolean).join(" ");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="moderation-form" data-form="moderate">
      <ErrorSummary items={items} title={t("form.errorSummaryTitle")} focusKey={focusKey} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="status" value={status} />
      <input type="hidden" name="page" value={page} />
      <div className={errors.text ? "field field--error" : "field"}>
        <label className="field__label" htmlFor={textId}>
          {t("form.textLabel")}
        </label>
        <p className="field__help" id={`${textId}-help`}>
          {t("form.textHelp")}
        </p>
        {errors.text ? (
          <p className="field__error" id={`${textId}-error`}>
            {errors.text}
          </p>
        ) : null}
        {needsCheck && needsCheck.findings.length > 0 ? (
          <p className="moderation-form__found">
            {t("form.stillFound", {
              items: needsCheck.findings
                .map((f) => t("form.foundItem", { text: f.text, kind: t(`pii.${f.kind}`) }))
                .join(", "),
            })}
          </p>
        ) : null}
        <textarea
          id={textId}
          name="text"
          className="textarea"
          rows={4}
          defaultValue={needsCheck?.text ?? redactedText}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
      {needsCheck ? (
        <div className="field">
          <div className="choice">
            <input type="checkbox" id={checkedId} name="checked" aria-describedby={`${checkedId}-help`} />
            <label htmlFor={checkedId}>{t("form.checkedLabel")}</label>
          </div>
          <p className="field__help" id={`${checkedId}-help`}>
            {t("form.checkedHelp")}
          </p>
        </div>
      ) : null}
      <div className="moderation-form__buttons">
        <button type="submit" name="decision" value="approve" className="button">
          {t("form.approve")}{" "}
          <span className="visually-hidden">{t("form.answerSuffix", { id: reviewId })}</span>
        </button>
        <button type="submit" name="decision" value="reject" className="button button--secondary">
          {t("form.reject")}{" "}
          <span className="visually-hidden">{t("form.answerSuffix", { id: reviewId })}</span>
        </button>
      </div>
    </form>
  );
}
