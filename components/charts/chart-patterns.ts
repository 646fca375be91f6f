/*
 * Fills for bars and segments that stay distinguishable without colour (WCAG 1.4.1): each
 * series gets a colour with at least 3:1 contrast against white (WCAG 1.4.11) and, from the
 * second series on, a white pattern drawn over it (stripes, dots, grid …), so a reader who
 * cannot tell the colours apart, or prints in black and white, still tells the series apart.
 * Drawn on a small canvas and repeated (CanvasPattern); no dependency.
 */

/** Contrast against white: #00567d 8.0:1, #b34700 5.5:1, #1e6b2e 6.6:1, #6b2d8f 8.8:1, #4d4d4d 8.5:1, #8a1c3c 9.1:1. */
export const CHART_COLOURS = ["#00567d", "#b34700", "#1e6b2e", "#6b2d8f", "#4d4d4d", "#8a1c3c"] as const;

export type PatternShape = "solid" | "diagonal" | "dots" | "horizontal" | "grid" | "vertical" | "crosshatch";

/** The order patterns are handed out in: solid first, then shapes that differ most from each other. */
export const PATTERN_SHAPES: PatternShape[] = [
  "solid",
  "diagonal",
  "dots",
  "horizontal",
  "grid",
  "vertical",
  "crosshatch",
];

const TILE = 10;

function drawShape(ctx: CanvasRenderingContext2D, shape: PatternShape): void {
  ctx.strokeStyle = "rgba(255, 255, 255, 0.85)";
  ctx.fillStyle = "rgba(255, 255, 255, 0.85)";
  ctx.lineWidth = 2;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };
  switch (shape) {
    case "diagonal":
      // Three segments so the stripes join up across tiles.
      line(0, TILE, TILE, 0);
      line(-TILE / 2, TILE / 2, TILE / 2, -TILE / 2);
      line(TILE / 2, TILE * 1.5, TILE * 1.5, TILE / 2);
      break;
    case "dots":
      ctx.beginPath();
      ctx.arc(TILE / 2, TILE / 2, 2, 0, Math.PI * 2);
      ctx.fill();
      break;
    case "horizontal":
      line(0, TILE / 2, TILE, TILE / 2);
      break;
    case "vertical":
      line(TILE / 2, 0, TILE / 2, TILE);
      break;
    case "grid":
      line(0, TILE / 2, TILE, TILE / 2);
      line(TILE / 2, 0, TILE / 2, TILE);
      break;
    case "crosshatch":
      line(0, 0, TILE, TILE);
      line(0, TILE, TILE, 0);
      break;
    case "solid":
      break;
  }
}

/** A repeating fill of `colour` with `shape` over it, or the plain colour where no canvas is available. */
export function patternFill(colour: string, shape: PatternShape): CanvasPattern | string {
  if (shape === "solid" || typeof document === "undefined") return colour;
  const tile = document.createElement("canvas");
  tile.width = TILE;
  tile.height = TILE;
  const ctx = tile.getContext("2d");
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, TILE, TILE);
  drawShape(ctx, shape);
  return ctx.createPattern(tile, "repeat") ?? colour;
}

/** The colour and pattern of the `index`-th series: both change, so neighbours differ in two ways. */
export function seriesStyle(index: number): { colour: string; shape: PatternShape } {
  return {
    colour: CHART_COLOURS[index % CHART_COLOURS.length],
    shape: PATTERN_SHAPES[index % PATTERN_SHAPES.length],
  };
}
