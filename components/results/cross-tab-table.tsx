import "./results.css";
import { getTranslations } from "next-intl/server";
import type { CrossTab } from "@/lib/results";
import { getResultFormat } from "./result-format";

/**
 * A cross-tab of two closed questions: respondents by their answer to one (rows) and the other
 * (columns), each cell with its count and its share of the column; totals are distinct
 * respondents (someone who chose two options counts in both rows, once in the total).
 */
export async function CrossTabTable({
  id,
  caption,
  crossTab,
}: {
  id: string;
  caption: string;
  /** Category labels already in words ("weet niet" and "anders" translated by the caller). */
  crossTab: CrossTab;
}) {
  const [t, f] = await Promise.all([getTranslations("results.crossTab"), getResultFormat()]);
  const share = (count: number, base: number) => (base > 0 ? f.percent((count / base) * 100) : "–");
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="result-scroll" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="table result-breakdown">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("row")}</th>
              {crossTab.columns.map((column, j) => (
                <th scope="col" className="num" key={column.value}>
                  {column.label}{" "}
                  <span className="result-n">{t("n", { n: f.count(crossTab.columnTotals[j]) })}</span>
                </th>
              ))}
              <th scope="col" className="num">
                {t("total")} <span className="result-n">{t("n", { n: f.count(crossTab.total) })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {crossTab.rows.map((row, i) => (
              <tr key={row.value}>
                <th scope="row">{row.label}</th>
                {crossTab.columns.map((column, j) => {
                  const count = crossTab.counts[i]?.[j] ?? 0;
                  return (
                    <td className="num" key={column.value}>
                      {t("cell", {
                        count: f.count(count),
                        share: share(count, crossTab.columnTotals[j] ?? 0),
                      })}
                    </td>
                  );
                })}
                <td className="num">
                  {t("cell", {
                    count: f.count(crossTab.rowTotals[i]),
                    share: share(crossTab.rowTotals[i] ?? 0, crossTab.total),
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="result-note">{t("note")}</p>
    </>
  );
}
