"use client";

import dynamic from "next/dynamic";
import "./charts.css";
import type { ChartSeries } from "./chart-types";

// chart.js draws on a canvas in the browser: load it there only, after the page (and its table)
// is on screen, so the page stays light and works without JavaScript.
const ChartCanvas = dynamic(() => import("./chart-canvas"), { ssr: false });

/**
 * A chart people can read in more than one way: a chart.js canvas described by an aria-label,
 * and beside it a visible data table with every number (the table is the accessible version, and
 * what a browser without JavaScript shows). Texts come in as props, already translated, so the
 * results pages can reuse it under any message namespace.
 */
export function AccessibleChart({
  id,
  type,
  caption,
  description,
  labelHeader,
  labels,
  series,
  format = (value) => String(value),
  integers = true,
}: {
  /** Prefix for element ids on the page. */
  id: string;
  type: "bar" | "line";
  /** The table's caption (visible), also the figure's name. */
  caption: string;
  /** What the chart shows, in words: read out for the canvas. */
  description: string;
  /** Header of the label column, e.g. "Dag". */
  labelHeader: string;
  labels: string[];
  series: ChartSeries[];
  format?: (value: number) => string;
  integers?: boolean;
}) {
  return (
    <figure className="chart">
      <div className="chart__canvas" data-testid={`${id}-canvas`}>
        <ChartCanvas
          type={type}
          labels={labels}
          series={series}
          description={description}
          integers={integers}
        />
      </div>
      {/* Scrolls when long: focusable so keyboard users can scroll it too (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="chart__table" aria-labelledby={`${id}-caption`} tabIndex={0}>
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
            {labels.map((label, row) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td key={s.label} className="num">
                    {format(s.values[row] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </figure>
  );
}
