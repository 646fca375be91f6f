import "server-only";
import type { QuestionResult, Weighted } from "@/lib/results";
import { optionLabel } from "./option-label";
import type { ResultFormat } from "./result-format";

/**
 * The rows of a breakdown table for one question: a label and, per group, the text of the cell
 * (the group's own result for the question, or none when the group has none). Percentages of the
 * same base as the total's. Weighted, a cell holds the unweighted figure of the group's weighted
 * respondents with the weighted figure beside it, so both describe the same people.
 */
export type BreakdownRow = { label: string; cell: (result: QuestionResult | undefined) => string };

type Texts = {
  answered: string;
  mean: string;
  median: string;
  dontKnow: string;
  other: string;
  approved: string;
  meanPosition: (option: string) => string;
  statementPoint: (statement: string, point: string) => string;
  withWeighted: (value: string, weighted: string) => string;
};

export function breakdownRows(
  question: QuestionResult,
  f: ResultFormat,
  texts: Texts,
  weighted: boolean,
): BreakdownRow[] {
  // Weighted, the unweighted figure beside the weighted one is over the same (weighted) respondents.
  const pct = (percent: number | null | undefined, w: Weighted | undefined) =>
    weighted && w ? texts.withWeighted(f.percent(w.unweighted), f.percent(w.value)) : f.percent(percent);
  const answered: BreakdownRow = {
    label: texts.answered,
    cell: (r) => f.count(r?.base.answered),
  };
  const { figures } = question;
  switch (figures.kind) {
    case "choice": {
      const rows: BreakdownRow[] = figures.options.map((option, index) => ({
        label: optionLabel(option, { other: texts.other, dontKnow: texts.dontKnow }),
        cell: (r) => {
          const o = r?.figures.kind === "choice" ? r.figures.options[index] : undefined;
          return o ? pct(o.percent, o.weighted) : "–";
        },
      }));
      if (figures.dontKnow)
        rows.push({
          label: texts.dontKnow,
          cell: (r) => (r?.figures.kind === "choice" ? f.count(r.figures.dontKnow?.count) : "–"),
        });
      return [...rows, answered];
    }
    case "likert":
      return [
        ...figures.statements.flatMap((statement, s) =>
          figures.scale.map((point, p) => ({
            label: texts.statementPoint(statement.text, point.label),
            cell: (r: QuestionResult | undefined) => {
              const figure = r?.figures.kind === "likert" ? r.figures.statements[s]?.scale[p] : undefined;
              return figure ? pct(figure.percent, figure.weighted) : "–";
            },
          })),
        ),
        answered,
      ];
    case "numeric": {
      const numeric = (r: QuestionResult | undefined) =>
        r?.figures.kind === "numeric" ? r.figures : undefined;
      return [
        {
          label: texts.mean,
          cell: (r) => {
            const n = numeric(r);
            if (!n) return "–";
            return weighted && n.weighted
              ? texts.withWeighted(f.decimal(n.weighted.unweighted), f.decimal(n.weighted.value))
              : f.decimal(n.mean);
          },
        },
        { label: texts.median, cell: (r) => f.decimal(numeric(r)?.median) },
        answered,
      ];
    }
    case "ranking":
      return [
        ...figures.options.map((option, index) => ({
          label: texts.meanPosition(option.label),
          cell: (r: QuestionResult | undefined) =>
            r?.figures.kind === "ranking" ? f.decimal(r.figures.options[index]?.meanPosition) : "–",
        })),
        answered,
      ];
    case "text":
      return [
        {
          label: texts.approved,
          cell: (r) => (r?.figures.kind === "text" ? f.count(r.figures.approved) : "–"),
        },
        answered,
      ];
  }
}
