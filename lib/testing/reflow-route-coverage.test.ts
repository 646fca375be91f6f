import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REFLOW_ROUTES } from "@/e2e/support/reflow-routes";

/** Every page file under app/, as `find app -name page.tsx` names it. */
function pageFiles(): string[] {
  return fs
    .readdirSync("app", { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => path.posix.join("app", ...file.split(path.sep)))
    .sort();
}

describe("the reflow journey's page list (e2e/support/reflow-routes.ts)", () => {
  it("has every page of the site, so a new page cannot go without a check at 320 px", () => {
    const listed = REFLOW_ROUTES.map((route) => route.page).sort();
    const missing = pageFiles().filter((page) => !listed.includes(page));
    expect(missing, "pages with no entry in e2e/support/reflow-routes.ts").toEqual([]);
  });

  it("names only pages that exist, each once", () => {
    const pages = pageFiles();
    const listed = REFLOW_ROUTES.map((route) => route.page);
    expect(
      listed.filter((page) => !pages.includes(page)),
      "entries without a page",
    ).toEqual([]);
    expect(
      listed.filter((page, i) => listed.indexOf(page) !== i),
      "entries listed twice",
    ).toEqual([]);
  });

  it("skips a page only with the reason why", () => {
    for (const route of REFLOW_ROUTES) {
      if ("skip" in route) expect(route.skip.trim().length, route.page).toBeGreaterThan(10);
    }
  });
});
