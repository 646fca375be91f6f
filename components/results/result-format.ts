import "server-only";
import { getFormatter } from "@/i18n/formatter";
import type { Weighted } from "@/lib/results";

export type ResultFormat = {
  /** 0–100 → "42,5%"; null → "–". */
  percent: (value: number | null | undefined) => string;
  /** A count: "1.234". */
  count: (value: number | null | undefined) => string;
  /** A mean or median: one decimal, "7,4". */
  decimal: (value: number | null | undefined, digits?: number) => string;
  /**
   * A weighted figure with its 95% interval: a percentage with its Wilson interval, which need not
   * be symmetric ("40,1% (25,7–56,3)"), a mean with its margin ("7,2 ± 0,3"); the value alone when
   * there is no margin (an effective n below 30).
   */
  weighted: (weighted: Weighted | undefined, unit: "percent" | "decimal") => string;
  /** A percentage's 95% interval alone: "25,7–56,3"; "–" without one. */
  interval: (weighted: Weighted | undefined) => string;
};

const DASH = "–";

/** Number formats of the page's locale (Dutch: decimal comma), for every results component. */
export async function getResultFormat(): Promise<ResultFormat> {
  const format = await getFormatter();
  const decimal = (value: number | null | undefined, digits = 1) =>
    value === null || value === undefined
      ? DASH
      : format.number(value, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined
      ? DASH
      : format.number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  const interval = (weighted: Weighted | undefined) =>
    weighted?.interval ? `${decimal(weighted.interval.low)}–${decimal(weighted.interval.high)}` : DASH;
  return {
    percent,
    count: (value) => (value === null || value === undefined ? DASH : format.number(value)),
    decimal,
    weighted: (weighted, unit) => {
      if (!weighted || weighted.value === null) return DASH;
      if (unit === "percent") {
        const value = percent(weighted.value);
        return weighted.interval ? `${value} (${interval(weighted)})` : value;
      }
      const value = decimal(weighted.value);
      return weighted.marginOfError === null ? value : `${value} ± ${decimal(weighted.marginOfError)}`;
    },
    interval,
  };
}
