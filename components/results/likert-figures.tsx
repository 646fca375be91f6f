import { getTranslations } from "next-intl/server";
import { AccessibleChart } from "@/components/charts/accessible-chart";
import { largestIndex } from "@/components/charts/chart-choices";
import type { ChartSeries } from "@/components/charts/chart-types";
import type { LikertResult } from "@/lib/results";
import type { FiguresProps } from "./figures-props";
import { getResultFormat } from "./result-format";

/**
 * A Likert grid: one 100%-stacked bar per statement, one segment per scale point (percent of the
 * statement's valid answers; "weet niet" apart, in its own column). When weighted, a second table
 * gives per statement the weighted percentages with their 95% intervals, under the unweighted ones
 * of the same (weighted) respondents.
 */
export async function LikertFigures({ id, caption, figures, weighted }: FiguresProps<LikertResult>) {
  const [t, f] = await Promise.all([getTranslations("results.figures"), getResultFormat()]);
  const { statements, scale } = figures;
  const series: ChartSeries[] = scale.map((point, index) => {
    const values = statements.map((s) => s.scale[index]?.percent ?? null);
    return { label: point.label, values, display: values.map(f.percent) };
  });
  series.push(
    {
      label: t("valid"),
      values: statements.map((s) => s.valid),
      display: statements.map((s) => f.count(s.valid)),
      tableOnly: true,
    },
    {
      label: t("dontKnowShort"),
      values: statements.map((s) => s.dontKnow),
      display: statements.map((s) => f.count(s.dontKnow)),
      tableOnly: true,
    },
  );
  const parts = statements
    .map((statement) => {
      const top = largestIndex(statement.scale.map((p) => p.percent));
      return top === -1
        ? null
        : t("likertStatement", {
            // The statement's own full stop would stand before the colon.
            statement: statement.text.replace(/[.!]$/, ""),
            label: statement.scale[top].label,
            percent: f.percent(statement.scale[top].percent),
          });
    })
    .filter((part): part is string => part !== null);
  const summary = parts.length === 0 ? t("noAnswers") : t("likertSummary", { parts: parts.join("; ") });
  const hasDontKnow = statements.some((s) => s.dontKnow !== null);
  return (
    <>
      <AccessibleChart
        id={id}
        type="stacked-bar"
        caption={caption}
        summary={summary}
        labelHeader={t("statement")}
        labels={statements.map((s) => s.text)}
        series={hasDontKnow ? series : series.filter((s) => s.label !== t("dontKnowShort"))}
        scale={{ min: 0, max: 100, unit: "%" }}
      />
      <p className="result-note">{t("likertBase")}</p>
      {weighted ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="result-scroll" aria-labelledby={`${id}-weighted-caption`} tabIndex={0}>
          <table className="table result-weighted">
            <caption id={`${id}-weighted-caption`}>{t("weightedCaption", { caption })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("statement")}</th>
                {scale.map((point) => (
                  <th scope="col" className="num" key={point.value}>
                    {point.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {statements.flatMap((statement) => [
                <tr key={`${statement.id}-unweighted`}>
                  <th scope="row">{t("likertUnweightedRow", { statement: statement.text })}</th>
                  {statement.scale.map((point) => (
                    <td className="num" key={point.value}>
                      {f.percent(point.weighted?.unweighted)}
                    </td>
                  ))}
                </tr>,
                <tr key={`${statement.id}-weighted`}>
                  <th scope="row">{t("likertWeightedRow", { statement: statement.text })}</th>
                  {statement.scale.map((point) => (
                    <td className="num" key={point.value}>
                      {f.weighted(point.weighted, "percent")}
                    </td>
                  ))}
                </tr>,
              ])}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
