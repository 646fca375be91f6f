"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useServerForm } from "@/components/forms/use-server-form";
import type { ServerAction } from "@/lib/accounts/client";

/** Starts a call: the server draws a code and opens the entry screen with it. A plain post. */
export function StartCallForm({ surveyId, action }: { surveyId: number; action: ServerAction<never> }) {
  const t = useTranslations("entry.phone");
  const { formAction, items, focusKey } = useServerForm(action);
  return (
    <form action={formAction}>
      <ErrorSummary items={items} title={t("notOpen")} focusKey={focusKey} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <p className="field__help" id="gesprek-hint">
        {t("startHint")}
      </p>
      <button type="submit" className="button" aria-describedby="gesprek-hint">
        {t("start")}
      </button>
    </form>
  );
}
