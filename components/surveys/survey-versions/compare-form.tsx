import "../survey-lifecycle/survey-overview.css";
import { getTranslations } from "next-intl/server";

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
  return (
    <form method="get" action={`/beheer/surveys/${surveyId}/versies/vergelijk`} className="compare-form">
      <div className="field">
        <label className="field__label" htmlFor="compare-from">
          {t("from")}
        </label>
        <select id="compare-from" name="van" className="select select--inline" defaultValue={defaultFrom}>
          {numbers.map((n) => (
            <option key={n} value={n}>
              {t("number", { number: n })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="compare-to">
          {t("to")}
        </label>
        <select id="compare-to" name="naar" className="select select--inline" defaultValue={defaultTo}>
          {numbers.map((n) => (
            <option key={n} value={n}>
              {t("number", { number: n })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t("compare")}
      </button>
    </form>
  );
}
