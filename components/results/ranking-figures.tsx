import { getTranslations } from "next-intl/server";
import { AccessibleChart } from "@/components/charts/accessible-chart";
import { extremes, largestIndex } from "@/components/charts/chart-choices";
import type { ChartSeries } from "@/components/charts/chart-types";
import type { RankingResult } from "@/lib/results";
import type { FiguresProps } from "./figures-props";
import { getResultFormat } from "./result-format";

/** A ranking: per option its mean position (1 = ranked first) and how often it was ranked first. */
export async function RankingFigures({ id, caption, figures, weighted }: FiguresProps<RankingResult>) {
  const [t, f] = await Promise.all([getTranslations("results.figures"), getResultFormat()]);
  const { options } = figures;
  const means = options.map((o) => o.meanPosition);
  const series: ChartSeries[] = [
    { label: t("meanPosition"), values: means, display: means.map((m) => f.decimal(m)) },
    {
      label: t("firstCount"),
      values: options.map((o) => o.firstCount),
      display: options.map((o) => f.count(o.firstCount)),
      tableOnly: true,
    },
  ];
  if (weighted)
    series.push(
      {
        label: t("unweightedSameMeanPosition"),
        values: options.map((o) => o.weighted?.unweighted ?? null),
        display: options.map((o) => f.decimal(o.weighted?.unweighted)),
        tableOnly: true,
      },
      {
        label: t("weightedMeanPosition"),
        values: options.map((o) => o.weighted?.value ?? null),
        display: options.map((o) => f.weighted(o.weighted, "decimal")),
        tableOnly: true,
      },
    );
  // Lowest mean position = ranked highest.
  const best = extremes(means)?.lowest ?? -1;
  const first = largestIndex(options.map((o) => (o.firstCount > 0 ? o.firstCount : null)));
  const summary =
    best === -1
      ? t("noAnswers")
      : t("rankingSummary", {
          best: options[best].label,
          mean: f.decimal(means[best]),
          first: first === -1 ? "–" : options[first].label,
          count: first === -1 ? "0" : f.count(options[first].firstCount),
        });
  return (
    <>
      <AccessibleChart
        id={id}
        type="horizontal-bar"
        caption={caption}
        summary={summary}
        labelHeader={t("option")}
        labels={options.map((o) => o.label)}
        series={series}
        scale={{ min: 0, max: options.length }}
        integers={false}
      />
      <p className="result-note">{t("rankingNote")}</p>
    </>
  );
}
