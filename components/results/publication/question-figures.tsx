import { getTranslations } from "next-intl/server";
import { AccessibleChart } from "@/components/charts/accessible-chart";
import type { ChartSeries } from "@/components/charts/chart-types";
import type {
  PublishedChoiceTable,
  PublishedLikertTable,
  PublishedNumericTable,
  PublishedQuestion,
  PublishedRankingTable,
} from "@/lib/results";
import type { PublishedFormat } from "./published-format";
import { SuppressionNote } from "./suppression-note";

type Props = { question: PublishedQuestion; format: PublishedFormat; id: string };

/** One question's published figures overall: a chart with its table (and a text summary). */
export async function QuestionFigures({ question, format, id }: Props) {
  const table = question.table;
  switch (table.kind) {
    case "choice":
      return <ChoiceFigures question={question} table={table} format={format} id={id} />;
    case "likert":
      return <LikertFigures question={question} table={table} format={format} id={id} />;
    case "numeric":
      return <NumericFigures question={question} table={table} format={format} id={id} />;
    case "ranking":
      return <RankingFigures question={question} table={table} format={format} id={id} />;
  }
}

async function ChoiceFigures({ table, ...figure }: Props & { table: PublishedChoiceTable }) {
  const t = await getTranslations("publication.figures");
  const { format } = figure;
  const rows = [...table.rows, ...(table.dontKnow ? [table.dontKnow] : [])];
  const weighted = rows.some((r) => r.cell.weightedPercent !== undefined);
  const shares = table.rows.filter((r) => r.cell.percent !== null);
  const top = shares.reduce<(typeof shares)[number] | null>(
    (best, r) => (best === null || (r.cell.percent ?? 0) > (best.cell.percent ?? 0) ? r : best),
    null,
  );
  const series: ChartSeries[] = [
    {
      label: t("percent"),
      values: rows.map((r) => (r === table.dontKnow ? null : r.cell.percent)),
      display: rows.map((r) => format.cellPercent(r.cell)),
    },
    {
      label: t("count"),
      values: rows.map((r) => r.cell.count),
      display: rows.map((r) => format.cellCount(r.cell)),
      tableOnly: true,
    },
  ];
  if (weighted) {
    series.push({
      label: t("weightedPercent"),
      values: rows.map((r) => r.cell.weightedPercent ?? null),
      display: rows.map((r) => format.cellWeighted(r.cell)),
      tableOnly: true,
    });
  }
  return (
    <AccessibleChart
      type="horizontal-bar"
      {...questionChart(t, figure)}
      summary={
        top
          ? t("choiceSummary", {
              answer: format.answerLabel(top.value, top.label),
              percent: format.percent(top.cell.percent),
            })
          : undefined
      }
      labelHeader={t("answer")}
      labels={rows.map((r) => format.answerLabel(r.value, r.label))}
      series={series}
      scale={{ min: 0, max: 100 }}
    >
      <p className="publication-table-note">
        {table.base === null ? t("baseHidden") : table.multiple ? t("baseMultiple") : t("baseValid")}
      </p>
      <SuppressionNote cells={rows.map((r) => r.cell)} format={format} />
    </AccessibleChart>
  );
}

async function LikertFigures({ table, ...figure }: Props & { table: PublishedLikertTable }) {
  const t = await getTranslations("publication.figures");
  const { format } = figure;
  const statements = table.statements;
  const series: ChartSeries[] = table.scale.map((point, i) => ({
    label: point.label,
    values: statements.map((s) => s.cells[i]?.percent ?? null),
    display: statements.map((s) => (s.cells[i] ? format.cellPercent(s.cells[i]) : "")),
  }));
  series.push({
    label: t("n"),
    values: statements.map((s) => s.valid.count),
    display: statements.map((s) => format.cellCount(s.valid)),
    tableOnly: true,
  });
  if (statements.some((s) => s.dontKnow)) {
    series.push({
      label: t("dontKnowCount"),
      values: statements.map((s) => s.dontKnow?.count ?? null),
      display: statements.map((s) => (s.dontKnow ? format.cellCount(s.dontKnow) : "–")),
      tableOnly: true,
    });
  }
  const cells = statements.flatMap((s) => [...s.cells, ...(s.dontKnow ? [s.dontKnow] : [])]);
  return (
    <AccessibleChart
      type="stacked-bar"
      {...questionChart(t, figure)}
      labelHeader={t("statement")}
      labels={statements.map((s) => s.text)}
      series={series}
      scale={{ min: 0, max: 100 }}
    >
      <p className="publication-table-note">{t("likertBase")}</p>
      <SuppressionNote cells={cells} format={format} />
    </AccessibleChart>
  );
}

async function NumericFigures({ table, ...figure }: Props & { table: PublishedNumericTable }) {
  const t = await getTranslations("publication.figures");
  const { format } = figure;
  const stats =
    table.mean === null
      ? t("meanWithheld")
      : t("numericSummary", { mean: format.decimal(table.mean), median: format.decimal(table.median) });
  const weighted =
    table.weightedMean !== undefined && table.weightedMean !== null
      ? ` ${t("weightedMean", { mean: format.decimal(table.weightedMean) })}`
      : "";
  return (
    <AccessibleChart
      type={table.questionType === "rating" ? "histogram" : "bar"}
      {...questionChart(t, figure)}
      summary={`${stats}${weighted}`}
      labelHeader={table.questionType === "rating" ? t("score") : t("value")}
      labels={table.bands.map((b) => format.band(b.from, b.to))}
      series={[
        {
          label: t("percent"),
          values: table.bands.map((b) => b.cell.percent),
          display: table.bands.map((b) => format.cellPercent(b.cell)),
        },
        {
          label: t("count"),
          values: table.bands.map((b) => b.cell.count),
          display: table.bands.map((b) => format.cellCount(b.cell)),
          tableOnly: true,
        },
      ]}
    >
      {table.bands.some((b) => b.from !== b.to) ? (
        <p className="publication-table-note">{t("bandsNote")}</p>
      ) : null}
      <SuppressionNote cells={table.bands.map((b) => b.cell)} format={format} />
    </AccessibleChart>
  );
}

async function RankingFigures({ table, ...figure }: Props & { table: PublishedRankingTable }) {
  const t = await getTranslations("publication.figures");
  const { format } = figure;
  const firsts = table.options.map((o) => o.first);
  const series: ChartSeries[] = [
    {
      label: t("meanPosition"),
      values: table.options.map((o) => o.meanPosition),
      display: table.options.map((o) => format.decimal(o.meanPosition)),
    },
  ];
  if (firsts.every((cell) => cell !== null)) {
    series.push({
      label: t("rankedFirst"),
      values: firsts.map((cell) => cell?.count ?? null),
      display: firsts.map((cell) => (cell ? format.cellCount(cell) : "")),
      tableOnly: true,
    });
  }
  return (
    <AccessibleChart
      type="horizontal-bar"
      {...questionChart(t, figure)}
      labelHeader={t("answer")}
      labels={table.options.map((o) => o.label)}
      series={series}
      scale={{ min: 1 }}
    >
      <p className="publication-table-note">{t("rankingNote")}</p>
      <SuppressionNote cells={firsts.filter((c) => c !== null)} format={format} />
    </AccessibleChart>
  );
}

/**
 * What every published question's chart shares: its ids, its caption (the question's number, and
 * how many answered it where that may be shown), and percentages rather than whole numbers.
 */
function questionChart(
  t: Awaited<ReturnType<typeof getTranslations<"publication.figures">>>,
  { question, format, id }: Props,
) {
  const caption =
    question.answered === null
      ? t("captionNoN", { number: question.number })
      : t("caption", { number: question.number, n: format.count(question.answered) });
  return { id, caption, integers: false };
}
