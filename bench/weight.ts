/*
 * bench:weight — the JavaScript a resident's browser downloads for one survey question page.
 *
 * Builds if needed (NEXT_DIST_DIR respected), seeds a fresh temp database, starts `next start` on a
 * free port, starts a response the way a browser does (so the respondent cookie opens the page),
 * and loads /s/sociaal-domein-2026/vraag/over-u. It counts every JavaScript file the HTML
 * references — <script src> tags, script preload links, and chunk paths named only inside the
 * inline RSC payload — at the size `next start` sends it (gzip), plus the inline scripts gzipped
 * together. <script nomodule> polyfills are listed but not counted: modern browsers skip them.
 *
 * Two baselines:
 *   - framework floor: a throwaway App Router app with one empty page, built in the temp folder
 *     with this checkout's next/react (built once per Next version, ~20 s; --skip-empty-app leaves
 *     it out). No App Router page can send less than this.
 *   - app baseline: this app's home page "/", which has no client components of its own, so it
 *     loads the framework plus what the root layout adds to every page.
 * "Survey − home" is what the survey page itself adds.
 *
 * How to read it: the target is at most 120 kB (1 kB = 1000 bytes) gzipped for the survey page;
 * PASS/FAIL is printed, a miss does not fail the process. "Contains" names libraries recognised by
 * strings that survive minification — a hint of what dominates a chunk, not an exact breakdown.
 *
 * Usage: npm run bench:weight -- [--top 10] [--skip-empty-app]
 */
import { parseArgs } from "node:util";
import { packageVersion, startBenchServer } from "./lib/bench-server";
import { startEmptyApp } from "./lib/empty-app";
import { Browser } from "./lib/http-client";
import { contentHints, type PageScripts, pageScripts, totalGzip } from "./lib/page-scripts";
import { kilobytes, printRows, verdict } from "./lib/report";
import { startResponse } from "./lib/respondent-walk";

const SLUG = "sociaal-domein-2026";
const SURVEY_PAGE = `/s/${SLUG}/vraag/over-u`;
const TARGET_BYTES = 120_000;

const { values: flags } = parseArgs({
  options: {
    top: { type: "string", default: "10" },
    "skip-empty-app": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

function pageRows(label: string, page: PageScripts): [string, string?][] {
  const chunkBytes = page.chunks.reduce((s, c) => s + c.gzipBytes, 0);
  const rawBytes = page.chunks.reduce((s, c) => s + c.rawBytes, 0);
  const byVia = (via: string) => page.chunks.filter((c) => c.via === via).length;
  return [
    [`${label}: ${page.path}`],
    [
      "JavaScript files",
      `${page.chunks.length} (${byVia("script")} script tags, ${byVia("preload")} preloads, ${byVia("payload")} named only in the RSC payload)`,
    ],
    ["files, gzip as sent", `${kilobytes(chunkBytes)}  (${kilobytes(rawBytes)} unpacked)`],
    [
      "inline scripts, gzip",
      `${kilobytes(page.inlineGzipBytes)}  (${page.inlineCount} scripts, mostly the RSC payload)`,
    ],
    ["total JavaScript, gzip", kilobytes(totalGzip(page))],
    ["HTML document, gzip as sent", `${kilobytes(page.htmlGzipBytes)}  (includes the inline scripts)`],
    ["nomodule polyfills (not counted)", page.noModule.length ? page.noModule.join(", ") : "none"],
  ];
}

async function main() {
  if (flags.help) {
    console.log("Usage: npm run bench:weight -- [--top 10] [--skip-empty-app]");
    return;
  }
  const top = Number(flags.top);
  const server = await startBenchServer((line) => console.log(line));
  let survey: PageScripts;
  let home: PageScripts;
  try {
    const browser = new Browser(server.origin);
    await startResponse(browser, SLUG);
    survey = await pageScripts(browser, SURVEY_PAGE);
    home = await pageScripts(browser, "/");
  } finally {
    await server.stop();
    await server.cleanup();
  }
  let empty: PageScripts | null = null;
  if (!flags["skip-empty-app"]) {
    const app = await startEmptyApp(packageVersion("next"), (line) => console.log(line));
    try {
      empty = await pageScripts(new Browser(app.origin), "/");
    } finally {
      await app.stop();
    }
  }

  const onHome = new Set(home.chunks.map((c) => c.path));
  const surveyOnly = survey.chunks.filter((c) => !onHome.has(c.path));
  const surveyOnlyBytes = surveyOnly.reduce((s, c) => s + c.gzipBytes, 0);
  const total = totalGzip(survey);

  console.log(
    `\nbench:weight — production build (${server.distDir}); sizes are what next start sends with gzip.`,
  );
  printRows([
    ...pageRows("Survey question page", survey),
    ...pageRows("App baseline: home page, no client components of its own", home),
    ...(empty
      ? pageRows(`Framework floor: an empty App Router page (next ${packageVersion("next")})`, empty)
      : []),
    ["Difference"],
    ["files only the survey page loads", `${surveyOnly.length}, ${kilobytes(surveyOnlyBytes)} gzip`],
    ["survey − home", kilobytes(total - totalGzip(home))],
    ...(empty
      ? ([
          ["home − empty app", kilobytes(totalGzip(home) - totalGzip(empty))],
          ["room the target leaves above the floor", kilobytes(TARGET_BYTES - totalGzip(empty))],
        ] as [string, string][])
      : []),
  ]);

  console.log(`\nLargest files of the survey page (top ${top}):`);
  const rows = [...survey.chunks].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, top);
  console.log(
    `  ${"gzip".padStart(9)}  ${"unpacked".padStart(9)}  ${"also on /".padEnd(9)}  ${"file".padEnd(48)}contains`,
  );
  for (const c of rows) {
    console.log(
      `  ${kilobytes(c.gzipBytes).padStart(9)}  ${kilobytes(c.rawBytes).padStart(9)}  ${(onHome.has(c.path) ? "yes" : "no").padEnd(9)}  ${c.path.padEnd(48)}${contentHints(c.path, c.text)}`,
    );
  }

  printRows([
    ["Target"],
    [
      `survey page JavaScript ≤ ${kilobytes(TARGET_BYTES)} gzip`,
      `${kilobytes(total)}  ${verdict(total <= TARGET_BYTES)}`,
    ],
  ]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
