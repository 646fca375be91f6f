"use client";

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { Chart } from "react-chartjs-2";
import type { ChartSeries } from "./chart-types";

ChartJS.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

// Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by more than hue.
const COLOURS = ["#00567d", "#b34700", "#1e6b2e", "#6b2d8f"];

/**
 * The canvas itself, loaded only in the browser (chart.js needs a DOM). It is an image for
 * assistive technology: role="img" with a description; the numbers are in the table beside it.
 */
export default function ChartCanvas({
  type,
  labels,
  series,
  description,
  integers,
}: {
  type: "bar" | "line";
  labels: string[];
  series: ChartSeries[];
  description: string;
  integers: boolean;
}) {
  return (
    <Chart
      type={type}
      role="img"
      aria-label={description}
      data={{
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          backgroundColor: COLOURS[i % COLOURS.length],
          borderColor: COLOURS[i % COLOURS.length],
          borderWidth: type === "line" ? 2 : 0,
          pointStyle: ["circle", "rect", "triangle", "rectRot"][i % 4] as "circle",
        })),
      }}
      options={{
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: series.length > 1 } },
        scales: {
          y: { beginAtZero: true, ticks: integers ? { precision: 0 } : {} },
        },
      }}
    >
      {description}
    </Chart>
  );
}
