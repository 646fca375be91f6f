import { OTHER_VALUE } from "@/lib/surveys/definition/reserved-values";
import type {
  PublicDimension,
  PublishedGroup,
  PublishedQuestion,
  PublishedResults,
  PublishedTable,
  Suppression,
} from "./publication-types";

/*
 * The published tables as rows for the downloads (CSV and XLSX), taken from the snapshot only: one
 * row per figure — overall, then per group of each public breakdown — in a long format that a
 * spreadsheet can filter and pivot. A hidden figure is written as its mark ("x"), never as a
 * number; the CSV writer (lib/csv/csv.ts) then neutralizes any cell a spreadsheet would run as a
 * formula. Words come from the caller (translated), so this stays pure.
 */

export type DownloadCell = string | number | null;

export type DownloadLabels = {
  /** Question number, question, statement, breakdown, group, answer, count, percentage, weighted percentage, value. */
  columns: readonly string[];
  overall: string;
  /** The mark of a hidden figure ("x"): below k, or hidden to protect one that is. */
  hidden: string;
  /** A group, mean or median for which nothing is published. */
  withheld: string;
  dontKnow: string;
  other: string;
  /** The number of people who answered (the n of a statement). */
  answered: string;
  mean: string;
  median: string;
  weightedMean: string;
  meanPosition: string;
  rankedFirst: (label: string) => string;
  band: (from: number, to: number) => string;
  dimension: (dimension: PublicDimension) => string;
  group: (dimension: PublicDimension, value: string, label: string) => string;
};

type Context = { breakdown: string; group: string };

export function publicationTableRows(snapshot: PublishedResults, labels: DownloadLabels): DownloadCell[][] {
  const rows: DownloadCell[][] = [[...labels.columns]];
  const overall: Context = { breakdown: labels.overall, group: "" };
  for (const question of snapshot.questions) rows.push(...questionRows(question, overall, labels));
  for (const breakdown of snapshot.breakdowns) {
    for (const group of breakdown.groups) {
      const context = {
        breakdown: labels.dimension(breakdown.dimension),
        group: labels.group(breakdown.dimension, group.value, group.label),
      };
      rows.push(...groupRows(group, context, labels));
    }
  }
  return rows;
}

function groupRows(group: PublishedGroup, context: Context, labels: DownloadLabels): DownloadCell[][] {
  if (group.withheld)
    return [["", "", "", context.breakdown, context.group, labels.withheld, "", "", "", ""]];
  return group.questions.flatMap((question) => questionRows(question, context, labels));
}

function questionRows(
  question: PublishedQuestion,
  context: Context,
  labels: DownloadLabels,
): DownloadCell[][] {
  const row = (
    statement: string,
    answer: string,
    count: DownloadCell,
    percent: DownloadCell,
    weighted: DownloadCell,
    value: DownloadCell,
  ): DownloadCell[] => [
    question.number,
    question.text,
    statement,
    context.breakdown,
    context.group,
    answer,
    count,
    percent,
    weighted,
    value,
  ];
  const mark = (_suppressed: Suppression) => labels.hidden;
  const answered = row("", labels.answered, question.answered ?? labels.hidden, "", "", "");
  const cell = (
    statement: string,
    answer: string,
    c: {
      count: number | null;
      percent: number | null;
      weightedPercent?: number | null;
      suppressed: Suppression;
    },
  ) =>
    c.suppressed
      ? row(
          statement,
          answer,
          mark(c.suppressed),
          mark(c.suppressed),
          c.weightedPercent === undefined ? "" : mark(c.suppressed),
          "",
        )
      : row(statement, answer, c.count, c.percent, c.weightedPercent ?? "", "");
  const table: PublishedTable = question.table;
  switch (table.kind) {
    case "choice": {
      const out = [answered];
      for (const r of table.rows)
        out.push(cell("", r.value === OTHER_VALUE ? labels.other : r.label, r.cell));
      if (table.dontKnow) out.push(cell("", labels.dontKnow, table.dontKnow.cell));
      return out;
    }
    case "likert":
      return table.statements.flatMap((s) => [
        s.valid.suppressed
          ? row(s.text, labels.answered, mark(s.valid.suppressed), "", "", "")
          : row(s.text, labels.answered, s.valid.count, "", "", ""),
        ...s.cells.map((c, i) => cell(s.text, table.scale[i]?.label ?? "", c)),
        ...(s.dontKnow ? [cell(s.text, labels.dontKnow, s.dontKnow)] : []),
      ]);
    case "numeric":
      return [
        answered,
        ...table.bands.map((b) => cell("", labels.band(b.from, b.to), b.cell)),
        row("", labels.mean, "", "", "", table.mean ?? labels.withheld),
        row("", labels.median, "", "", "", table.median ?? labels.withheld),
        ...(table.weightedMean === undefined
          ? []
          : [row("", labels.weightedMean, "", "", "", table.weightedMean ?? labels.withheld)]),
      ];
    case "ranking":
      return [
        answered,
        ...table.options.flatMap((o) => [
          row("", `${labels.meanPosition}: ${o.label}`, "", "", "", o.meanPosition ?? labels.withheld),
          ...(o.first ? [cell("", labels.rankedFirst(o.label), o.first)] : []),
        ]),
      ];
  }
}

/**
 * Rows for a CSV in the reader's decimal sign. Numbers stay numbers (the CSV writer never treats a
 * number as a formula, so "-3" stays "-3"); only a fraction becomes text with a decimal comma.
 */
export function withDecimalSign(rows: readonly DownloadCell[][], decimal: "," | "."): DownloadCell[][] {
  return rows.map((row) =>
    row.map((value) =>
      typeof value === "number" && decimal === "," && !Number.isInteger(value)
        ? String(value).replace(".", ",")
        : value,
    ),
  );
}
