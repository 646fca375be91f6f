import { getTranslations } from "next-intl/server";
import { AccessibleChart } from "@/components/charts/accessible-chart";
import { bandsFor, largestIndex } from "@/components/charts/chart-choices";
import type { NumericResult } from "@/lib/results";
import type { FiguresProps } from "./figures-props";
import { getResultFormat } from "./result-format";

/** Above this many distinct values a number question is drawn in bands rather than one bar per value. */
const MAX_BARS = 15;

/**
 * A 0–10 rating or a number: mean and median (weighted, the weighted mean with its margin beside
 * the unweighted mean of the same respondents), and the distribution as a histogram, one bar per
 * value without gaps (a rating always shows 0–10).
 */
export async function NumericFigures({ id, caption, figures, weighted }: FiguresProps<NumericResult>) {
  const [t, f] = await Promise.all([getTranslations("results.figures"), getResultFormat()]);
  const total = figures.distribution.reduce((sum, d) => sum + d.count, 0);
  const rows =
    figures.questionType === "number" && figures.distribution.length > MAX_BARS
      ? bandsFor(figures.distribution).map((band) => ({
          label: t("band", { from: band.from, to: band.to }),
          count: band.count,
          percent: total > 0 ? (band.count / total) * 100 : null,
        }))
      : figures.distribution.map((d) => ({ label: String(d.value), count: d.count, percent: d.percent }));
  const percents = rows.map((r) => r.percent);
  const top = largestIndex(rows.map((r) => (r.count > 0 ? r.count : null)));
  const unit = figures.unit ? ` ${figures.unit}` : "";
  const summary =
    figures.mean === null
      ? t("noAnswers")
      : t("numericSummary", {
          mean: `${f.decimal(figures.mean)}${unit}`,
          median: `${f.decimal(figures.median)}${unit}`,
          top: top === -1 ? "–" : rows[top].label,
          percent: top === -1 ? "–" : f.percent(rows[top].percent),
        });
  return (
    <>
      <AccessibleChart
        id={id}
        type="histogram"
        caption={caption}
        summary={summary}
        labelHeader={figures.questionType === "rating" ? t("rating") : t("value")}
        labels={rows.map((r) => r.label)}
        series={[
          {
            label: t("count"),
            values: rows.map((r) => r.count),
            display: rows.map((r) => f.count(r.count)),
            tableOnly: true,
          },
          { label: t("percent"), values: percents, display: percents.map(f.percent) },
        ]}
        scale={{ min: 0, unit: "%" }}
        integers={false}
      />
      {weighted && figures.weighted ? (
        <p className="result-note">
          {t("weightedMeanSame", {
            mean: f.weighted(figures.weighted, "decimal"),
            unweighted: f.decimal(figures.weighted.unweighted),
          })}
        </p>
      ) : null}
    </>
  );
}
