import { DONT_KNOW_VALUE, OTHER_VALUE } from "@/lib/surveys/definition/reserved-values";
import type { Question } from "@/lib/surveys/definition/schema";
import {
  type CubeView,
  EMPTY_FIGURE,
  statusOf,
  subtractFigures,
  type ViewFigure,
  valuesOf,
} from "./aggregate-view";
import { distributionStats } from "./distribution";
import type {
  ChoiceResult,
  LikertResult,
  NumericResult,
  OptionFigure,
  RankingResult,
  Weighted,
} from "./types";
import { weightedMean, weightedPercent } from "./weights";

/*
 * The figures of one question from a cube view (aggregate-view.ts). Percentages are 0–100 and not
 * rounded; null when their base is 0. Reserved values keep their value as label ("_anders",
 * "_weet_niet"): the interface shows its own translated words for them.
 */

const percent = (part: number, base: number) => (base > 0 ? (part / base) * 100 : null);

type ChoiceQuestion = Extract<Question, { type: "single_choice" | "dropdown" | "multiple_choice" }>;

/**
 * Single choice and dropdown: % of valid answers ("weet niet" apart). Multiple choice: % of the
 * respondents who answered (a respondent may choose several). "Weet niet" as count and % of all who
 * answered. Values no longer in the definition (an earlier version's options) follow, so the
 * counts always add up.
 */
export function choiceFigures(q: ChoiceQuestion, view: CubeView, weighted: boolean): ChoiceResult {
  const values = valuesOf(view, q.id, "");
  const answered = statusOf(view, q.id, "answered");
  const offersDontKnow = q.type !== "dropdown" && q.dontKnow;
  const dontKnow = offersDontKnow ? (values.get(DONT_KNOW_VALUE) ?? EMPTY_FIGURE) : EMPTY_FIGURE;
  const valid = subtractFigures(answered, dontKnow);
  const base = q.type === "multiple_choice" ? answered : valid;
  const defined = [...q.options];
  if (q.type !== "dropdown" && q.other) defined.push({ value: OTHER_VALUE, label: OTHER_VALUE });
  const known = new Set(defined.map((o) => o.value));
  for (const value of values.keys()) {
    if (!known.has(value) && value !== DONT_KNOW_VALUE) defined.push({ value, label: value });
  }
  return {
    kind: "choice",
    questionType: q.type,
    options: defined.map((o) => optionFigure(o, values.get(o.value) ?? EMPTY_FIGURE, base, weighted)),
    valid: valid.count,
    dontKnow: offersDontKnow
      ? { count: dontKnow.count, percent: percent(dontKnow.count, answered.count) }
      : null,
  };
}

function optionFigure(
  option: { value: string; label: string },
  figure: ViewFigure,
  base: ViewFigure,
  weighted: boolean,
): OptionFigure {
  return {
    value: option.value,
    label: option.label,
    count: figure.count,
    percent: percent(figure.count, base.count),
    ...(weighted ? { weighted: weightedPercent(figure, base) } : {}),
  };
}

type LikertQuestion = Extract<Question, { type: "likert" }>;

/** Per statement: the distribution over the scale as % of its valid answers, "weet niet" apart. */
export function likertFigures(q: LikertQuestion, view: CubeView, weighted: boolean): LikertResult {
  return {
    kind: "likert",
    scale: q.scale.map((o) => ({ value: o.value, label: o.label })),
    statements: q.statements.map((s) => {
      const values = valuesOf(view, q.id, s.id);
      const figures = q.scale.map((o) => values.get(o.value) ?? EMPTY_FIGURE);
      const valid = figures.reduce(
        (sum, f) => ({
          count: sum.count + f.count,
          weightedCount: sum.weightedCount + f.weightedCount,
          weightSum: sum.weightSum + f.weightSum,
          weightSquareSum: sum.weightSquareSum + f.weightSquareSum,
        }),
        EMPTY_FIGURE,
      );
      return {
        id: s.id,
        text: s.text,
        valid: valid.count,
        dontKnow: q.dontKnow ? (values.get(DONT_KNOW_VALUE)?.count ?? 0) : null,
        scale: q.scale.map((o, i) => optionFigure(o, figures[i] as ViewFigure, valid, weighted)),
      };
    }),
  };
}

type NumericQuestion = Extract<Question, { type: "rating" | "number" }>;

const RATING_VALUES = Array.from({ length: 11 }, (_, i) => i);

function numericValues(view: CubeView, questionId: string, item: string) {
  return [...valuesOf(view, questionId, item)]
    .map(([value, figure]) => ({ value: Number(value), figure }))
    .filter((v) => Number.isFinite(v.value));
}

/** Mean, median and the distribution (a rating lists 0–10, also values nobody gave). */
export function numericFigures(q: NumericQuestion, view: CubeView, weighted: boolean): NumericResult {
  const given = numericValues(view, q.id, "");
  const stats = distributionStats(given.map((v) => ({ value: v.value, count: v.figure.count })));
  const byValue = new Map(given.map((v) => [v.value, v.figure.count]));
  const values =
    q.type === "rating"
      ? [...new Set([...RATING_VALUES, ...byValue.keys()])]
      : given.filter((v) => v.figure.count > 0).map((v) => v.value);
  return {
    kind: "numeric",
    questionType: q.type,
    ...(q.type === "number" && q.unit ? { unit: q.unit } : {}),
    mean: stats.mean,
    median: stats.median,
    distribution: values
      .sort((a, b) => a - b)
      .map((value) => {
        const count = byValue.get(value) ?? 0;
        return { value, count, percent: percent(count, stats.n) };
      }),
    ...(weighted ? { weighted: weightedMean(given) } : {}),
  };
}

type RankingQuestion = Extract<Question, { type: "ranking" }>;

/** Per option in definition order: mean position (1 = first) and how often it was ranked first. */
export function rankingFigures(q: RankingQuestion, view: CubeView, weighted: boolean): RankingResult {
  return {
    kind: "ranking",
    options: q.options.map((o) => {
      const positions = numericValues(view, q.id, o.value);
      const stats = distributionStats(positions.map((p) => ({ value: p.value, count: p.figure.count })));
      const result: RankingResult["options"][number] = {
        value: o.value,
        label: o.label,
        meanPosition: stats.mean,
        firstCount: valuesOf(view, q.id, o.value).get("1")?.count ?? 0,
      };
      if (weighted) result.weighted = weightedMean(positions) satisfies Weighted;
      return result;
    }),
  };
}
