import "../survey-lifecycle/survey-overview.css";
import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/forms/filter-select";

/**
 * Pick two versions to compare: a GET form to /beheer/surveys/<id>/versies/vergelijk, so it works
 * without JavaScript and the result has an address to share with a colleague.
 */
export async function CompareForm({
  surveyId,
  numbers,
  from,
  to,
}: {
  surveyId: number;
  /** Version numbers, newest first. */
  numbers: number[];
  from?: number;
  to?: number;
}) {
  const t = await getTranslations("lifecycle.versions");
  if (numbers.length < 2) return <p>{t("onlyOne")}</p>;
  const defaultTo = to ?? numbers[0];
  const defaultFrom = from ?? numbers.find((n) => n < defaultTo) ?? numbers[1];
  const versions = numbers.map((n) => ({ value: String(n), label: t("number", { number: n }) }));
  return (
    <form method="get" action={`/beheer/surveys/${surveyId}/versies/vergelijk`} className="compare-form">
      <FilterSelect
        id="compare-from"
        name="van"
        label={t("from")}
        value={String(defaultFrom)}
        options={versions}
      />
      <FilterSelect
        id="compare-to"
        name="naar"
        label={t("to")}
        value={String(defaultTo)}
        options={versions}
      />
      <button type="submit" className="button">
        {t("compare")}
      </button>
    </form>
  );
}
