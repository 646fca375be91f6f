"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import "./charts.css";
import type { ChartKind, ChartScale, ChartSeries } from "./chart-types";

// chart.js draws on a canvas in the browser: load it there only, after the page (and its table)
// is on screen, so the page stays light and works without JavaScript.
const ChartCanvas = dynamic(() => import("./chart-canvas"), { ssr: false });

/** Tables longer than this many rows scroll within a fixed height (e.g. completions per day). */
const LONG_TABLE = 14;

/** Canvas height in rem: bars lying down need room per label; a radar needs a square. */
function canvasHeight(type: ChartKind, rows: number, legend: boolean): number {
  if (type === "horizontal-bar") return Math.max(8, rows * 2.25 + 3);
  if (type === "stacked-bar") return Math.max(8, rows * 2.75 + (legend ? 5 : 3));
  if (type === "radar") return 24;
  return 18;
}

/**
 * A chart people can read in more than one way: a short text summary (what stands out), a
 * chart.js canvas described by an aria-label, and a visible data table with every number (the
 * accessible version, and what a browser without JavaScript shows). Texts and formatted values
 * come in as props, already translated, so the staff and the public results pages can reuse it
 * under any message namespace.
 */
export function AccessibleChart({
  id,
  type,
  caption,
  summary,
  description,
  labelHeader,
  labels,
  series,
  integers = true,
  scale,
  children,
}: {
  /** Prefix for element ids on the page. */
  id: string;
  type: ChartKind;
  /** The table's caption (visible), also the figure's name. */
  caption: string;
  /** What stands out, in one sentence shown above the chart, e.g. "Meest gekozen: Ja (42%)". */
  summary?: string;
  /** What the chart shows, in words: read out for the canvas (defaults to the summary). */
  description?: string;
  /** Header of the label column, e.g. "Antwoord". */
  labelHeader: string;
  labels: string[];
  /** Every column of the table; those not `tableOnly` are drawn too. */
  series: ChartSeries[];
  /** Whole numbers on the value axis. */
  integers?: boolean;
  scale?: ChartScale;
  /** Notes under the table (e.g. what "< 5" means). */
  children?: ReactNode;
}) {
  // Nothing to draw (no answers yet, or every value suppressed): the table alone says so.
  const drawn = series.filter((s) => !s.tableOnly && s.values.some((v) => v !== null));
  const wide = series.length > 3;
  const label = description ?? summary ?? caption;
  const tableClass = labels.length > LONG_TABLE ? "chart__table chart__table--long" : "chart__table";
  return (
    <figure className={wide ? "chart chart--wide" : "chart"} aria-labelledby={`${id}-caption`}>
      {summary ? (
        <p className="chart__summary" id={`${id}-summary`}>
          {summary}
        </p>
      ) : null}
      {drawn.length > 0 ? (
        <div
          className="chart__canvas"
          data-testid={`${id}-canvas`}
          style={{ height: `${canvasHeight(type, labels.length, drawn.length > 1)}rem` }}
        >
          <ChartCanvas
            kind={type}
            labels={labels}
            series={drawn}
            description={label}
            integers={integers}
            scale={scale}
          />
        </div>
      ) : null}
      {/* Scrolls when long: focusable so keyboard users can scroll it too (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className={tableClass} aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="table">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              {series.map((s) => (
                <th key={s.label} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((rowLabel, row) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; labels may repeat
              <tr key={row}>
                <th scope="row">{rowLabel}</th>
                {series.map((s) => (
                  <td key={s.label} className="num">
                    {s.display?.[row] ?? cellText(s.values[row])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {children}
      </section>
    </figure>
  );
}

function cellText(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : String(value);
}
