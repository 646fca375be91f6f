"use client";

import { useTranslations } from "next-intl";
import { Choice } from "@/components/forms/choice-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/form-field";
import { useServerForm } from "@/components/forms/use-server-form";
import type { ServerAction } from "@/lib/accounts/client";
import { MAX_COPIES } from "@/lib/fieldwork/client";

/**
 * How many questionnaires to print and whether in large type. A plain post: the server issues a
 * code for every copy and shows the run; the count is checked there with the same schema.
 */
export function PrintRunForm({
  surveyId,
  large,
  action,
}: {
  surveyId: number;
  large: boolean;
  action: ServerAction<never>;
}) {
  const t = useTranslations("entry.paper");
  const { formAction, items, focusKey, errorFor } = useServerForm(action, {
    exemplaren: "papier-exemplaren",
  });
  return (
    <form action={formAction} className="paper-run-form" noValidate>
      <ErrorSummary items={items} title={t("problem")} focusKey={focusKey} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <TextField
        id="papier-exemplaren"
        name="exemplaren"
        label={t("copies")}
        help={t("copiesHint", { max: MAX_COPIES })}
        error={errorFor("exemplaren")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue="1"
        className="input input--short"
      />
      <Choice
        id="papier-groot"
        type="checkbox"
        name="groot"
        value="1"
        label={t("largeType")}
        defaultChecked={large}
      />
      <p className="field__help">{t("largeTypeHint")}</p>
      <button type="submit" className="button">
        {t("make")}
      </button>
    </form>
  );
}
