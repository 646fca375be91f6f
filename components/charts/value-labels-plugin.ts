import type { Chart, ChartType, Plugin } from "chart.js";

/*
 * Writes each value on the chart itself (direct labels), so nobody has to match colours to a
 * legend or read values off an axis: at the end of a bar, in the middle of a stacked segment that
 * is wide enough, or beside a radar point. A tiny inline chart.js plugin instead of the
 * chartjs-plugin-datalabels dependency.
 */

export type ValueLabelOptions = {
  /** "end": after the bar's end; "inside": centred in a stacked segment; "point": beside a radar point. */
  mode: "end" | "inside" | "point";
  /** Per dataset, per data point: the text to write ("" or missing: nothing). */
  texts: (string | undefined)[][];
};

declare module "chart.js" {
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels?: ValueLabelOptions | false;
  }
}

const TEXT = "#1a1a1a";
const PADDING = 3;

function box(chart: Chart, text: string, x: number, y: number): void {
  const { ctx } = chart;
  const width = ctx.measureText(text).width + PADDING * 2;
  const height = 16;
  ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
  ctx.fillRect(x - width / 2, y - height / 2, width, height);
  ctx.fillStyle = TEXT;
  ctx.fillText(text, x, y);
}

export const valueLabelsPlugin: Plugin = {
  id: "valueLabels",
  afterDatasetsDraw(chart, _args, options) {
    // `false` switches the labels off for a chart.
    const settings = (options as unknown as ValueLabelOptions | false | undefined) || undefined;
    if (!settings?.texts) return;
    const { ctx } = chart;
    ctx.save();
    ctx.font = "600 12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    chart.data.datasets.forEach((_dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      const texts = settings.texts[datasetIndex] ?? [];
      meta.data.forEach((element, index) => {
        const text = texts[index];
        if (!text) return;
        const props = element.getProps(["x", "y", "base", "horizontal", "width", "height"], true) as {
          x: number;
          y: number;
          base?: number;
          horizontal?: boolean;
          width?: number;
          height?: number;
        };
        const textWidth = ctx.measureText(text).width;
        if (settings.mode === "inside") {
          const span = Math.abs(props.x - (props.base ?? props.x));
          if (span < textWidth + PADDING * 4) return; // too narrow: the table has the number
          ctx.textAlign = "center";
          box(chart, text, (props.x + (props.base ?? props.x)) / 2, props.y);
        } else if (settings.mode === "point") {
          const centreX = (chart.chartArea.left + chart.chartArea.right) / 2;
          ctx.textAlign = props.x >= centreX ? "left" : "right";
          const dx = props.x >= centreX ? 6 : -6;
          ctx.fillStyle = TEXT;
          ctx.fillText(text, props.x + dx, props.y - 8);
        } else if (props.horizontal) {
          ctx.textAlign = "left";
          ctx.fillStyle = TEXT;
          ctx.fillText(text, props.x + 4, props.y);
        } else {
          ctx.textAlign = "center";
          ctx.textBaseline = "bottom";
          ctx.fillStyle = TEXT;
          ctx.fillText(text, props.x, props.y - 2);
          ctx.textBaseline = "middle";
        }
      });
    });
    ctx.restore();
  },
};
