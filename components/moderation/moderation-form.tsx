"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useMemo, useState } from "react";
import { CheckboxField } from "@/components/forms/choice-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldFrame } from "@/components/forms/form-field";
import { useFormErrors } from "@/components/forms/use-form-errors";
import type { ActionResult, FieldErrors, ServerAction } from "@/lib/accounts/client";
import { type ModerationStatus, moderationDecisionSchema } from "@/lib/moderation/client";
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
  const [state, formAction] = useActionState(action, null);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [submits, setSubmits] = useState(0);
  const textId = `antwoord-${reviewId}-tekst`;
  const checkedId = `antwoord-${reviewId}-gecontroleerd`;
  const needsCheck = state?.ok ? state.data.needsCheck : null;

  // This submit's errors: the browser's own check, else what the server said, else what the
  // engine still finds in an accepted text (the browser's messages are keys the hook translates).
  const remains = t("errors.personalDataRemains");
  const shown = useMemo<ActionResult<unknown> | null>(() => {
    if (clientErrors) return { ok: false, fieldErrors: clientErrors };
    if (state && !state.ok) return state;
    if (needsCheck) return { ok: false, fieldErrors: { text: [remains] } };
    return null;
  }, [clientErrors, state, needsCheck, remains]);
  const { errorFor, items, focusKey } = useFormErrors({}, shown, { text: textId }, submits);
  const textError = errorFor("text");

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

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="moderation-form" data-form="moderate">
      <ErrorSummary items={items} title={t("form.errorSummaryTitle")} focusKey={focusKey} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="status" value={status} />
      <input type="hidden" name="page" value={page} />
      <FieldFrame id={textId} label={t("form.textLabel")} help={t("form.textHelp")} error={textError}>
        {(describedBy) => (
          <>
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
              aria-invalid={textError ? true : undefined}
              aria-describedby={describedBy}
            />
          </>
        )}
      </FieldFrame>
      {needsCheck ? (
        <CheckboxField
          id={checkedId}
          label={t("form.checkedLabel")}
          help={t("form.checkedHelp")}
          name="checked"
        />
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
