import { getTranslations } from "next-intl/server";
import { AccessibleChart } from "@/components/charts/accessible-chart";
import { extremes } from "@/components/charts/chart-choices";
import type { ChartSeries } from "@/components/charts/chart-types";
import type { NumericResult, QuestionResult } from "@/lib/results";
import { getResultFormat } from "./result-format";

type Dimension = { label: string; figures: NumericResult; answered: number };

/** The questions of the survey's Positieve Gezondheid block (a page marked "positive_health") that hold ratings. */
export function positiveHealthDimensions(questions: readonly QuestionResult[]): Dimension[] {
  return questions.flatMap((q) =>
    q.page.block === "positive_health" && q.figures.kind === "numeric"
      ? [{ label: q.text, figures: q.figures, answered: q.base.answered }]
      : [],
  );
}

/**
 * The spider chart of Positieve Gezondheid: the mean 0–10 rating per dimension, with the highest
 * and lowest named in the summary and every mean in the table. Nothing when the survey has no
 * such block (a radar needs at least three axes).
 */
export async function PositiveHealthRadar({
  id,
  questions,
  weighted,
}: {
  id: string;
  questions: readonly QuestionResult[];
  weighted: boolean;
}) {
  const dimensions = positiveHealthDimensions(questions);
  if (dimensions.length < 3) return null;
  const [t, f] = await Promise.all([getTranslations("results.radar"), getResultFormat()]);
  const means = dimensions.map((d) => d.figures.mean);
  const ends = extremes(means);
  const summary = ends
    ? t("summary", {
        highest: dimensions[ends.highest].label,
        highestMean: f.decimal(means[ends.highest]),
        lowest: dimensions[ends.lowest].label,
        lowestMean: f.decimal(means[ends.lowest]),
      })
    : t("noAnswers");
  const series: ChartSeries[] = [
    { label: t("mean"), values: means, display: means.map((m) => f.decimal(m)) },
    {
      label: t("answered"),
      values: dimensions.map((d) => d.answered),
      display: dimensions.map((d) => f.count(d.answered)),
      tableOnly: true,
    },
  ];
  if (weighted)
    series.push(
      {
        label: t("unweightedSameMean"),
        values: dimensions.map((d) => d.figures.weighted?.unweighted ?? null),
        display: dimensions.map((d) => f.decimal(d.figures.weighted?.unweighted)),
        tableOnly: true,
      },
      {
        label: t("weightedMean"),
        values: dimensions.map((d) => d.figures.weighted?.value ?? null),
        display: dimensions.map((d) => f.weighted(d.figures.weighted, "decimal")),
        tableOnly: true,
      },
    );
  return (
    <section className="result-question" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("title")}</h3>
      <p>{t("intro")}</p>
      <AccessibleChart
        id={id}
        type="radar"
        caption={t("caption")}
        summary={summary}
        labelHeader={t("dimension")}
        labels={dimensions.map((d) => d.label)}
        series={series}
        scale={{ min: 0, max: 10, step: 2 }}
      />
    </section>
  );
}
