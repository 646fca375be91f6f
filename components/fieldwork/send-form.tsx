"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useServerForm } from "@/components/forms/use-server-form";
import type { ServerAction } from "@/lib/accounts/client";

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
  const tErrors = useTranslations("fieldwork.errors");
  // Every message is the server's and about the whole form: none links to a field.
  const { formAction, items, focusKey } = useServerForm(action);
  return (
    <form action={formAction} className="fieldwork-send">
      <ErrorSummary items={items} title={tErrors("errorSummaryTitle")} focusKey={focusKey} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="button">
        {t("send", { count })}
      </button>
    </form>
  );
}
