import type { ChartKind } from "./chart-types";

/*
 * Small choices shared by the staff and the public results pages, so both draw a question the
 * same way. Pure: no React, no translations.
 */

/** Bars lie down when a label would not fit under a standing bar, or when there are many. */
export function barKindFor(labels: readonly string[]): Extract<ChartKind, "bar" | "horizontal-bar"> {
  return labels.length > 6 || labels.some((label) => label.length > 14) ? "horizontal-bar" : "bar";
}

/** The index of the largest value (the first one on a tie), or -1 when there is none. */
export function largestIndex(values: readonly (number | null)[]): number {
  let best = -1;
  values.forEach((value, index) => {
    if (value !== null && (best === -1 || value > (values[best] as number))) best = index;
  });
  return best;
}

/** The indexes of the largest and the smallest value, or null when there are none. */
export function extremes(values: readonly (number | null)[]): { highest: number; lowest: number } | null {
  const highest = largestIndex(values);
  if (highest === -1) return null;
  const lowest = largestIndex(values.map((v) => (v === null ? null : -v)));
  return { highest, lowest };
}

/**
 * Equal-width bands for a distribution with too many distinct values to draw one bar each
 * (a number question such as age): at most `bands` bands with whole-number bounds.
 */
export function bandsFor(
  values: readonly { value: number; count: number }[],
  bands = 10,
): { from: number; to: number; count: number }[] {
  if (values.length === 0) return [];
  const min = Math.floor(values[0].value);
  const max = Math.ceil(values[values.length - 1].value);
  const width = Math.max(1, Math.ceil((max - min + 1) / bands));
  const result: { from: number; to: number; count: number }[] = [];
  for (let from = min; from <= max; from += width) result.push({ from, to: from + width - 1, count: 0 });
  for (const { value, count } of values) {
    const band = result[Math.min(result.length - 1, Math.floor((value - min) / width))];
    band.count += count;
  }
  return result;
}
