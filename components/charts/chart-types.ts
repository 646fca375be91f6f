/** One series of numbers, one value per label. */
export type ChartSeries = { label: string; values: number[] };
