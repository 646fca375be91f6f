"use client";

import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartData,
  Chart as ChartJS,
  type ChartOptions,
  type ChartType,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from "chart.js";
import { useMemo } from "react";
import { Chart } from "react-chartjs-2";
import { DEFAULT_LOCALE, FORMAT_LOCALES, isLocale } from "@/i18n/locales";
import { patternFill, seriesStyle } from "./chart-patterns";
import type { ChartKind, ChartScale, ChartSeries } from "./chart-types";
import { valueLabelsPlugin } from "./value-labels-plugin";

ChartJS.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Filler,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
  valueLabelsPlugin,
);

/** Long option labels on a horizontal axis: broken into lines of about `width` characters. */
function wrap(label: string, width = 32): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** What is written beside each drawn value; nothing where no value is drawn. */
const texts = (series: ChartSeries[]) =>
  series.map((s) => s.values.map((v, i) => (v === null ? "" : (s.display?.[i] ?? String(v)))));

/**
 * The canvas itself, loaded only in the browser (chart.js needs a DOM). It is an image for
 * assistive technology: role="img" with a description; the numbers are in the table beside it.
 */
export default function ChartCanvas({
  kind,
  labels,
  series,
  description,
  integers,
  scale,
}: {
  kind: ChartKind;
  labels: string[];
  /** Only the series to draw (the table-only ones are left out by the caller). */
  series: ChartSeries[];
  description: string;
  integers: boolean;
  scale?: ChartScale;
}) {
  const config = useMemo(
    () => chartConfig(kind, labels, series, integers, scale),
    [kind, labels, series, integers, scale],
  );
  return (
    <Chart type={config.type} role="img" aria-label={description} data={config.data} options={config.options}>
      {description}
    </Chart>
  );
}

/** The axes' numbers follow the page's language (its lang attribute), not the browser's. */
function axisLocale(): string {
  const lang = document.documentElement.lang;
  return FORMAT_LOCALES[isLocale(lang) ? lang : DEFAULT_LOCALE];
}

function chartConfig(
  kind: ChartKind,
  labels: string[],
  series: ChartSeries[],
  integers: boolean,
  scale: ChartScale | undefined,
): { type: ChartType; data: ChartData; options: ChartOptions } {
  const styles = series.map((_, i) => seriesStyle(i));
  // One series: a plain colour (nothing to tell apart). More: colour and pattern per series.
  const fills = styles.map((s) => (series.length > 1 ? patternFill(s.colour, s.shape) : s.colour));
  const valueTexts = texts(series);
  const unit = scale?.unit;
  const ticks = {
    ...(integers ? { precision: 0 } : {}),
    ...(scale?.step ? { stepSize: scale.step } : {}),
    ...(unit ? { callback: (value: number | string) => `${value}${unit}` } : {}),
  };
  const valueAxis = { beginAtZero: true, min: scale?.min, max: scale?.max, ticks };
  const tooltip = {
    callbacks: {
      label: (item: { datasetIndex: number; dataIndex: number; dataset: { label?: string } }) =>
        `${item.dataset.label ?? ""}: ${valueTexts[item.datasetIndex]?.[item.dataIndex] ?? ""}`,
    },
  };
  const common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    locale: axisLocale(),
  };

  if (kind === "radar") {
    return {
      type: "radar",
      data: {
        labels: labels.map((l) => wrap(l, 20)),
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          borderColor: styles[i].colour,
          backgroundColor: `${styles[i].colour}33`,
          fill: true,
          borderWidth: 2,
          pointRadius: 4,
          pointBackgroundColor: styles[i].colour,
          pointStyle: (["circle", "rect", "triangle", "rectRot"] as const)[i % 4],
        })),
      },
      options: {
        ...common,
        layout: { padding: 8 },
        plugins: {
          legend: { display: series.length > 1 },
          tooltip,
          valueLabels: { mode: "point", texts: valueTexts },
        },
        scales: {
          r: {
            min: scale?.min ?? 0,
            max: scale?.max,
            ticks: { ...ticks, backdropColor: "rgba(255,255,255,0.8)", color: "#4a4a4a" },
            pointLabels: { color: "#1a1a1a", font: { size: 12 } },
            grid: { color: "#8c8c8c" },
            angleLines: { color: "#8c8c8c" },
          },
        },
      },
    };
  }

  if (kind === "line") {
    return {
      type: "line",
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          borderColor: styles[i].colour,
          backgroundColor: styles[i].colour,
          borderWidth: 2,
          pointStyle: (["circle", "rect", "triangle", "rectRot"] as const)[i % 4],
        })),
      },
      options: {
        ...common,
        plugins: { legend: { display: series.length > 1 }, tooltip, valueLabels: false },
        scales: { y: valueAxis },
      },
    };
  }

  const horizontal = kind === "horizontal-bar" || kind === "stacked-bar";
  const stacked = kind === "stacked-bar";
  const histogram = kind === "histogram";
  return {
    type: "bar",
    data: {
      labels: horizontal ? labels.map((l) => wrap(l)) : labels,
      datasets: series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: fills[i],
        // White between stacked segments, a dark edge between histogram bars that touch.
        borderColor: stacked ? "#ffffff" : histogram ? "#003a55" : styles[i].colour,
        borderWidth: stacked || histogram ? 1 : 0,
        ...(histogram ? { barPercentage: 1, categoryPercentage: 1 } : {}),
      })),
    },
    options: {
      ...common,
      indexAxis: horizontal ? "y" : "x",
      // Room for the value written after the longest bar.
      layout: { padding: horizontal ? { right: 56 } : { top: 20 } },
      plugins: {
        legend: { display: series.length > 1, position: "bottom" },
        tooltip,
        valueLabels: { mode: stacked ? "inside" : "end", texts: valueTexts },
      },
      scales: horizontal
        ? {
            x: { ...valueAxis, stacked, ...(stacked ? { min: 0, max: 100 } : {}) },
            y: { stacked, ticks: { autoSkip: false, color: "#1a1a1a" } },
          }
        : {
            x: { ticks: { color: "#1a1a1a" }, grid: { display: !histogram } },
            y: valueAxis,
          },
    },
  };
}
