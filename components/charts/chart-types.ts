/**
 * One series of numbers, one value per label. `null` is a value the chart leaves out (not
 * computable, or suppressed on a published page); the table then shows `display` for it.
 */
export type ChartSeries = {
  label: string;
  values: (number | null)[];
  /**
   * The text of each value as the table shows it and the chart writes beside a bar, already
   * formatted and translated (e.g. "42%", "< 5", "7,4 ± 0,3"). Without it the number is shown.
   */
  display?: string[];
  /** A column of the table only (e.g. the counts beside the percentages), not drawn. */
  tableOnly?: boolean;
};

/**
 * What the canvas draws:
 * - `bar`: vertical bars; `horizontal-bar`: horizontal bars, for long option labels;
 * - `stacked-bar`: horizontal bars stacked to 100% (one bar per row, one segment per series),
 *   for Likert statements;
 * - `histogram`: vertical bars without gaps, one per value (ratings 0–10);
 * - `radar`: one axis per label (the six dimensions of Positieve Gezondheid);
 * - `line`: a line per series.
 */
export type ChartKind = "bar" | "horizontal-bar" | "stacked-bar" | "histogram" | "radar" | "line";

/** The range of the value axis, when it is known in advance (percentages, a 0–10 scale). */
export type ChartScale = {
  min?: number;
  max?: number;
  step?: number;
  /** Written after each value on the axis, e.g. "%". */
  unit?: string;
};
