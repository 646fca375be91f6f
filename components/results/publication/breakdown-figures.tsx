import { getTranslations } from "next-intl/server";
import { AccessibleChart } from "@/components/charts/accessible-chart";
import type { ChartKind, ChartSeries } from "@/components/charts/chart-types";
import type { PublishedBreakdown, PublishedCell, PublishedQuestion, PublishedTable } from "@/lib/results";
import type { PublishedFormat } from "./published-format";
import { SuppressionNote } from "./suppression-note";

type Shown = { label: string; question: PublishedQuestion | null };

/** Stands for a group's hidden number of answers, so the note under the table explains its mark too. */
const HIDDEN_COUNT: PublishedCell = { count: null, percent: null, suppressed: "hidden" };

/**
 * One question across the groups of the chosen breakdown (groups without a breakdown left out;
 * the page names them once). A hidden figure shows its mark; a mean not shown (too few answers)
 * says so in words.
 */
export async function BreakdownFigures({
  overall,
  breakdown,
  format,
  id,
}: {
  overall: PublishedQuestion;
  breakdown: PublishedBreakdown;
  format: PublishedFormat;
  id: string;
}) {
  const [t, tDimension] = await Promise.all([
    getTranslations("publication.figures"),
    getTranslations("publication.breakdown.dimensions"),
  ]);
  const dimension = tDimension(breakdown.dimension);
  const groups: Shown[] = breakdown.groups
    .filter((g) => !g.withheld)
    .map((g) => ({
      label: format.groupLabel(breakdown.dimension, g.value, g.label),
      question: g.questions.find((q) => q.questionId === overall.questionId) ?? null,
    }));
  const withheld = t("withheldShort");
  const tableOf = <K extends PublishedTable["kind"]>(g: Shown, kind: K) =>
    g.question?.table.kind === kind ? (g.question.table as Extract<PublishedTable, { kind: K }>) : null;
  const caption = t("breakdownCaption", { number: overall.number, dimension });
  const hiddenCounts = groups.filter((g) => g.question?.answered == null).map(() => HIDDEN_COUNT);
  const nSeries: ChartSeries = {
    label: t("n"),
    values: groups.map((g) => g.question?.answered ?? null),
    display: groups.map((g) =>
      g.question?.answered == null ? format.mark() : format.count(g.question.answered),
    ),
    tableOnly: true,
  };
  const chart = (
    type: ChartKind,
    series: ChartSeries[],
    cells: (PublishedCell | null)[],
    key = id,
    title = caption,
  ) => (
    <AccessibleChart
      key={key}
      id={key}
      type={type}
      caption={title}
      labelHeader={dimension}
      labels={groups.map((g) => g.label)}
      series={series}
      integers={false}
    >
      <SuppressionNote cells={cells} format={format} />
    </AccessibleChart>
  );

  switch (overall.table.kind) {
    case "choice": {
      const options = [...overall.table.rows, ...(overall.table.dontKnow ? [overall.table.dontKnow] : [])];
      const cellsOf = (g: Shown) => {
        const table = tableOf(g, "choice");
        return table ? [...table.rows, ...(table.dontKnow ? [table.dontKnow] : [])].map((r) => r.cell) : null;
      };
      const series = options.map((option, i) => ({
        label: format.answerLabel(option.value, option.label),
        values: groups.map((g) => cellsOf(g)?.[i]?.percent ?? null),
        display: groups.map((g) => {
          const cell = cellsOf(g)?.[i];
          if (!cell) return format.mark();
          // Where the group's base is hidden, its shares are too: the count is what can be shown.
          return !cell.suppressed && cell.percent === null
            ? t("countOnly", { n: format.count(cell.count) })
            : format.cellPercent(cell);
        }),
      }));
      const type: ChartKind = overall.table.multiple ? "horizontal-bar" : "stacked-bar";
      return chart(type, [...series, nSeries], [...groups.flatMap((g) => cellsOf(g) ?? []), ...hiddenCounts]);
    }
    case "likert": {
      const scale = overall.table.scale;
      return (
        <>
          {overall.table.statements.map((statement, s) => {
            const cellsOf = (g: Shown) => tableOf(g, "likert")?.statements[s] ?? null;
            const series = scale.map((point, i) => ({
              label: point.label,
              values: groups.map((g) => cellsOf(g)?.cells[i]?.percent ?? null),
              display: groups.map((g) => {
                const cell = cellsOf(g)?.cells[i];
                if (!cell) return format.mark();
                return !cell.suppressed && cell.percent === null
                  ? t("countOnly", { n: format.count(cell.count) })
                  : format.cellPercent(cell);
              }),
            }));
            const n = {
              ...nSeries,
              values: groups.map((g) => cellsOf(g)?.valid.count ?? null),
              display: groups.map((g) => {
                const cell = cellsOf(g)?.valid;
                return cell ? format.cellCount(cell) : format.mark();
              }),
            };
            return chart(
              "stacked-bar",
              [...series, n],
              groups.flatMap((g) => {
                const statementCells = cellsOf(g);
                return statementCells ? [...statementCells.cells, statementCells.valid] : [HIDDEN_COUNT];
              }),
              `${id}-${statement.id}`,
              `${caption}: ${statement.text}`,
            );
          })}
        </>
      );
    }
    case "numeric": {
      const mean = (g: Shown) => tableOf(g, "numeric")?.mean ?? null;
      const median = (g: Shown) => tableOf(g, "numeric")?.median ?? null;
      return chart(
        "bar",
        [
          {
            label: t("mean"),
            values: groups.map(mean),
            display: groups.map((g) => (mean(g) === null ? withheld : format.decimal(mean(g)))),
          },
          {
            label: t("median"),
            values: groups.map(median),
            display: groups.map((g) => (median(g) === null ? withheld : format.decimal(median(g)))),
            tableOnly: true,
          },
          nSeries,
        ],
        hiddenCounts,
      );
    }
    case "ranking": {
      const options = overall.table.options;
      const series = options.map((option, i) => {
        const position = (g: Shown) => tableOf(g, "ranking")?.options[i]?.meanPosition ?? null;
        return {
          label: option.label,
          values: groups.map(position),
          display: groups.map((g) => (position(g) === null ? withheld : format.decimal(position(g)))),
        };
      });
      return chart("horizontal-bar", [...series, nSeries], hiddenCounts);
    }
  }
}
