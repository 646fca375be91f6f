import { RESPONDENTS_QUESTION, STATUS_ITEM } from "./aggregate-cells";

/*
 * A "view" of the results cube: its rows summed over the cells that match the filters (and, for a
 * breakdown, one group), by question → item → value. This is all the result builder
 * (aggregate-results.ts) reads, so its work is the same for 50 responses or 100,000.
 */

/** Summed counts of one (question, item, value) in a view. */
export type ViewFigure = {
  /** Respondents (Σ count). */
  count: number;
  /** Of those, respondents that carry a weight (panel respondents with known attributes). */
  weightedCount: number;
  /** Σ count·w over the weighted respondents. */
  weightSum: number;
  /** Σ count·w², for Kish's effective sample size. */
  weightSquareSum: number;
};

/** question → item → value → figure. */
export type CubeView = Map<string, Map<string, Map<string, ViewFigure>>>;

export const EMPTY_FIGURE: ViewFigure = { count: 0, weightedCount: 0, weightSum: 0, weightSquareSum: 0 };

export function figureOf(view: CubeView, questionId: string, item: string, value: string): ViewFigure {
  return view.get(questionId)?.get(item)?.get(value) ?? EMPTY_FIGURE;
}

export const respondentsOf = (view: CubeView) => figureOf(view, RESPONDENTS_QUESTION, "", "");
export const statusOf = (view: CubeView, questionId: string, status: string) =>
  figureOf(view, questionId, STATUS_ITEM, status);

const NONE = new Map<string, ViewFigure>();
/** The value rows of one question item: value → figure. */
export const valuesOf = (view: CubeView, questionId: string, item: string): ReadonlyMap<string, ViewFigure> =>
  view.get(questionId)?.get(item) ?? NONE;

export const addFigures = (a: ViewFigure, b: ViewFigure): ViewFigure => ({
  count: a.count + b.count,
  weightedCount: a.weightedCount + b.weightedCount,
  weightSum: a.weightSum + b.weightSum,
  weightSquareSum: a.weightSquareSum + b.weightSquareSum,
});

export const subtractFigures = (a: ViewFigure, b: ViewFigure): ViewFigure => ({
  count: a.count - b.count,
  weightedCount: a.weightedCount - b.weightedCount,
  weightSum: a.weightSum - b.weightSum,
  weightSquareSum: a.weightSquareSum - b.weightSquareSum,
});

/** Adds one summed row to a view being built. */
export function addToView(
  view: CubeView,
  questionId: string,
  item: string,
  value: string,
  figure: ViewFigure,
): void {
  let items = view.get(questionId);
  if (!items) {
    items = new Map();
    view.set(questionId, items);
  }
  let values = items.get(item);
  if (!values) {
    values = new Map();
    items.set(item, values);
  }
  const known = values.get(value);
  values.set(value, known ? addFigures(known, figure) : figure);
}

/** A figure for `count` unweighted respondents (a view built without weights). */
export const unweighted = (count: number): ViewFigure => ({ ...EMPTY_FIGURE, count });
