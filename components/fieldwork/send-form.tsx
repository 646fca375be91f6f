"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import type { ServerAction } from "@/lib/accounts/action-result";
import { FieldworkErrorSummary } from "./fieldwork-error-summary";

/**
 * Sends the previewed sample: the choice, the seed and the fingerprint of the counts go back as
 * hidden fields; the server draws again and refuses when the counts differ. A plain form, so it
 * works without JavaScript; the button is never disabled.
 */
export function SendForm({
  action,
  fields,
  count,
}: {
  action: ServerAction<never>;
  fields: Record<string, string>;
  count: number;
}) {
  const t = useTranslations("fieldwork.result");
  const [state, formAction] = useActionState(action, null);
  const items = state && !state.ok ? [state.formError, ...Object.values(state.fieldErrors).flat()] : [];
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus the summary on each refusal
  const focusKey = useMemo(() => ({}), [state]);
  return (
    <form action={formAction} className="fieldwork-send">
      <FieldworkErrorSummary
        items={items.filter((m): m is string => !!m).map((message) => ({ message }))}
        focusKey={focusKey}
      />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button">
        {t("send", { count })}
      </button>
    </form>
  );
}
