"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ServerAction } from "@/lib/accounts/client";

/** Staff mark a thread resolved, or open it again: one button, no fields to fill in. */
export function ResolveThreadForm({
  action,
  surveyId,
  threadId,
  resolved,
  subject,
}: {
  action: ServerAction<{ changed: boolean; resolved: boolean }>;
  surveyId: number;
  threadId: number;
  resolved: boolean;
  /** Names the thread for screen readers, e.g. "opmerking van Anna over vraag 3". */
  subject: string;
}) {
  const t = useTranslations("review.threads");
  const [state, formAction] = useActionState(action, null);
  const error = state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors).flat()[0]) : null;
  return (
    <form action={formAction} className="inline-form" data-form="resolve-thread">
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="resolved" value={resolved ? "false" : "true"} />
      <button type="submit" className="button button--secondary">
        {resolved ? t("reopen") : t("resolve")}
        <span className="visually-hidden"> ({subject})</span>
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
