import { getTranslations } from "next-intl/server";
import { AccessibleChart } from "@/components/charts/accessible-chart";
import { barKindFor, largestIndex } from "@/components/charts/chart-choices";
import type { ChartSeries } from "@/components/charts/chart-types";
import type { ChoiceResult } from "@/lib/results";
import type { FiguresProps } from "./figures-props";
import { optionLabel } from "./option-label";
import { getResultFormat } from "./result-format";

/**
 * A choice question's figures: per option the count and the percentage (of the valid answers for
 * single choice, of those who answered for multiple choice); drawn as bars (lying down for long
 * labels). Weighted, the bars are the weighted percentage and the unweighted one of the same
 * respondents, with the weighted 95% interval in the table. "Weet niet" is reported apart.
 */
export async function ChoiceFigures({ id, caption, figures, weighted }: FiguresProps<ChoiceResult>) {
  const [t, f] = await Promise.all([getTranslations("results.figures"), getResultFormat()]);
  const { options } = figures;
  const words = { other: t("other"), dontKnow: t("dontKnowShort") };
  const labels = options.map((o) => optionLabel(o, words));
  const percents = options.map((o) => o.percent);
  const series: ChartSeries[] = [
    {
      label: t("count"),
      values: options.map((o) => o.count),
      display: options.map((o) => f.count(o.count)),
      tableOnly: true,
    },
    // Weighted, this percentage is of every respondent, most of whom carry no weight: it stays in
    // the table, clearly labelled, but the bars compare the weighted figure with the unweighted one
    // of the same (weighted) respondents.
    {
      label: weighted ? t("percentAll") : t("percent"),
      values: percents,
      display: percents.map(f.percent),
      tableOnly: weighted,
    },
  ];
  if (weighted) {
    const unweighted = options.map((o) => o.weighted?.unweighted ?? null);
    series.push(
      { label: t("unweightedSamePercent"), values: unweighted, display: unweighted.map(f.percent) },
      {
        label: t("weightedPercent"),
        values: options.map((o) => o.weighted?.value ?? null),
        display: options.map((o) => f.percent(o.weighted?.value)),
      },
      {
        label: t("interval"),
        values: options.map((o) => o.weighted?.marginOfError ?? null),
        display: options.map((o) => f.interval(o.weighted)),
        tableOnly: true,
      },
    );
  }
  const top = largestIndex(percents);
  const multiple = figures.questionType === "multiple_choice";
  const summary =
    top === -1 ? t("noAnswers") : t("mostChosen", { label: labels[top], percent: f.percent(percents[top]) });
  return (
    <>
      <AccessibleChart
        id={id}
        type={barKindFor(labels)}
        caption={caption}
        summary={summary}
        labelHeader={t("answer")}
        labels={labels}
        series={series}
        scale={{ min: 0, max: 100, unit: "%" }}
      />
      <p className="result-note">
        {multiple ? t("baseMultiple") : t("baseValid", { valid: f.count(figures.valid) })}
      </p>
      {figures.dontKnow ? (
        <p className="result-note">
          {t(multiple ? "dontKnowMultiple" : "dontKnow", {
            count: f.count(figures.dontKnow.count),
            percent: f.percent(figures.dontKnow.percent),
          })}
        </p>
      ) : null}
    </>
  );
}
