// Figures and the plain-text table the benchmarks print.

/** Nearest-rank percentile of already sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; max: number };

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

export const ms = (value: number) =>
  Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : "–";
export const rate = (value: number) => `${value.toFixed(value < 100 ? 1 : 0)}/s`;
export const count = (value: number) => value.toLocaleString("en-US");
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function latencyLine(s: LatencySummary): string {
  return `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)} · max ${ms(s.max)}  (n=${count(s.count)})`;
}

/** Two aligned columns: label, value. A row without value is a section heading. */
export function printRows(rows: ReadonlyArray<readonly [string, string?]>): void {
  const width = Math.max(...rows.filter((r) => r[1] !== undefined).map((r) => r[0].length)) + 2;
  for (const [label, value] of rows) {
    console.log(value === undefined ? `\n${label}` : `  ${label.padEnd(width)}${value}`);
  }
}

export const verdict = (pass: boolean) => (pass ? "PASS" : "FAIL");
