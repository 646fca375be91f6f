import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Arabic pages are laid out right to left (dir="rtl" on <html>). Spacing, borders and alignment
 * written as left/right would stay on the wrong side there; their logical forms
 * (margin-inline-start, border-inline-start, text-align: start…) follow the direction.
 */
const PHYSICAL =
  /\b(?:margin|padding|border)-(?:left|right)\b|\btext-align:\s*(?:left|right)\b|\bfloat:\s*(?:left|right)\b/;

function cssFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".css"))
    .map((file) => path.join(dir, file));
}

describe("stylesheets work right to left", () => {
  it("use logical properties for spacing, borders and alignment, not left/right", () => {
    const found = ["app", "components"].flatMap(cssFiles).flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (PHYSICAL.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
