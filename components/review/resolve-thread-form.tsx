"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SingleButtonForm } from "@/components/forms/single-button-form";
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
    <SingleButtonForm
      action={formAction}
      name="resolve-thread"
      hidden={{ surveyId, threadId, resolved: resolved ? "false" : "true" }}
      button={
        <>
          {resolved ? t("reopen") : t("resolve")}
          <span className="visually-hidden"> ({subject})</span>
        </>
      }
      error={error}
    />
  );
}
