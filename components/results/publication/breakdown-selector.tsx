import { getTranslations } from "next-intl/server";
import type { PublicDimension } from "@/lib/results";

/**
 * Choose one breakdown (a GET form: works without JavaScript, the choice lives in the address).
 * One dimension at a time, never a combination: see the method section.
 */
export async function BreakdownSelector({
  action,
  dimensions,
  selected,
}: {
  action: string;
  dimensions: readonly PublicDimension[];
  selected: PublicDimension | null;
}) {
  const t = await getTranslations("publication.breakdown");
  if (dimensions.length === 0) return null;
  return (
    <form method="get" action={action} className="publication-breakdown-form no-print">
      <div className="field">
        <label className="field__label" htmlFor="uitsplitsing">
          {t("label")}
        </label>
        <p className="field__help" id="uitsplitsing-help">
          {t("help")}
        </p>
        <select
          id="uitsplitsing"
          name="uitsplitsing"
          className="select"
          defaultValue={selected ?? ""}
          aria-describedby="uitsplitsing-help"
        >
          <option value="">{t("none")}</option>
          {dimensions.map((dimension) => (
            <option key={dimension} value={dimension}>
              {t(`dimensions.${dimension}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("submit")}
      </button>
    </form>
  );
}
