"use client";

import { useTranslations } from "next-intl";
import { Choice, ChoiceGroup } from "@/components/forms/choice-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useServerForm } from "@/components/forms/use-server-form";
import type { ServerAction } from "@/lib/accounts/client";

/** Which of two differing entries counts, or neither (the paper is entered again). A plain post. */
export function DecisionForm({
  surveyId,
  code,
  entries,
  action,
}: {
  surveyId: number;
  code: string;
  entries: { id: number; enteredBy: string }[];
  action: ServerAction<never>;
}) {
  const t = useTranslations("entry.decision");
  const { formAction, items, focusKey, errorFor } = useServerForm(action, { keep: "besluit-0" });
  return (
    <form action={formAction} noValidate>
      <ErrorSummary items={items} title={t("chooseRequired")} focusKey={focusKey} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="code" value={code} />
      <ChoiceGroup id="besluit" legend={t("choose")} error={errorFor("keep")}>
        {entries.map((entry, index) => (
          <Choice
            key={entry.id}
            id={`besluit-${index}`}
            type="radio"
            name="keep"
            value={String(entry.id)}
            label={t("keep", { number: index + 1, name: entry.enteredBy })}
          />
        ))}
        <Choice id="besluit-geen" type="radio" name="keep" value="neither" label={t("neither")} />
      </ChoiceGroup>
      <button type="submit" className="button">
        {t("submit")}
      </button>
    </form>
  );
}
