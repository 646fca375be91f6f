/*
 * bench:results — the staff results page on 100,000 responses to the 30-question demo survey.
 *
 * The engine is the one the environment names (db/engine.ts), printed in the header: SQLite
 * without DATABASE_URL, PostgreSQL when DATABASE_URL=postgres://… (bench/results-fixture.ts).
 *
 * 1. Fixture: the demo seed and N generated completed responses (lib/demo/data/generate-responses.ts)
 *    and their results cube. SQLite: data/bench-results.db (--db), reused when it holds N responses.
 *    PostgreSQL: a database of the bench's own on DATABASE_URL's server, written for the run and
 *    dropped at its end (--db and --fresh do not apply).
 * 2. (a) The work of getSurveyResults with a breakdown by district, all questions (computeSurveyResults:
 *    getSurveyResults after its permission check), in fresh processes: the first call (cold) and the
 *    median of the following ones (warm); the median over the processes. Also weighted, and a
 *    breakdown by a question's answer (which reads the answers, not the cube), for comparison;
 *    and the completion of a response, which now also updates the cube.
 * 3. (b) The page over HTTP: the production build served as `npm start` serves it, a staff sign-in,
 *    GET /beheer/surveys/<id>/resultaten?breakdown=district — median and p95 over --requests.
 * 4. (c) A plain SQL GROUP BY of the answers over the same data (what a results page without the
 *    cube would at least cost), and the ratio page time / GROUP BY time.
 * Target: the page under one second (PASS/FAIL printed; a miss does not fail the process).
 *
 * Usage: npm run bench:results -- [--count 100000] [--runs 7] [--processes 3] [--requests 10]
 *          [--seed 1] [--db data/bench-results.db] [--fresh] [--port N] [--no-http]
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { count, kilobytes, latencyLine, megabytes, ms, printRows, summarize, verdict } from "./lib/report";
import { type Fixture, prepareFixture } from "./results-fixture";
import { signIn, startResultsServer, timePage } from "./results-http";

const TARGET_MS = 1000;
const USAGE =
  "Usage: npm run bench:results -- [--count 100000] [--runs 7] [--processes 3] [--requests 10] " +
  "[--seed 1] [--db data/bench-results.db] [--fresh] [--port N] [--no-http]";

const { values: flags } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    runs: { type: "string", default: "7" },
    processes: { type: "string", default: "3" },
    requests: { type: "string", default: "10" },
    seed: { type: "string", default: "1" },
    db: { type: "string", default: path.join("data", "bench-results.db") },
    fresh: { type: "boolean", default: false },
    port: { type: "string" },
    "no-http": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

function wholeNumber(name: string, value: string | undefined, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`error: --${name} must be a whole number ≥ ${min} (got "${value}")\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

type Timing = {
  cold: number;
  warm: number;
  weighted: number;
  byQuestion: number;
  questions: number;
  groups: number;
  completion: { n: number; complete: number; cube: number } | null;
};

function timingRun(fixture: Fixture, runs: number, completions: number): Timing {
  const child = spawnSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      path.join(__dirname, "results-timing.ts"),
      String(fixture.surveyId),
      String(runs),
      ...(completions ? ["--completions", String(completions)] : []),
    ],
    {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ...fixture.database.env },
    },
  );
  const line = child.stdout.trim().split("\n").pop() ?? "";
  if (child.status !== 0 || !line.startsWith("{"))
    throw new Error(`timing run failed (exit ${child.status}): ${child.stdout}`);
  return JSON.parse(line) as Timing;
}

/** The plain GROUP BY over the answers of the survey's completed responses: median of `runs`. */
async function plainGroupBy(fixture: Fixture, runs: number): Promise<{ ms: number; rows: number }> {
  const statement = `SELECT a.question_id, a.value, count(*) FROM answers a JOIN responses r ON r.id = a.response_id
     WHERE r.survey_id = ? AND r.status = 'completed' GROUP BY a.question_id, a.value`;
  return fixture.database.onConnection(async (query) => {
    let rows = 0;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      rows = (await query(statement, [fixture.surveyId])).length;
      times.push(performance.now() - started);
    }
    return { ms: summarize(times).p50, rows };
  });
}

async function main() {
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const size = wholeNumber("count", flags.count);
  const runs = wholeNumber("runs", flags.runs);
  const processes = wholeNumber("processes", flags.processes);
  const requests = wholeNumber("requests", flags.requests);
  const port = flags.port === undefined ? null : wholeNumber("port", flags.port);
  const log = (line: string) => console.log(line);
  const loadBefore = os.loadavg()[0] ?? 0;

  const fixture = await prepareFixture({
    dbPath: flags.db as string,
    count: size,
    seed: wholeNumber("seed", flags.seed, 0),
    fresh: flags.fresh ?? false,
    log,
  });
  try {
    await measure(fixture, { runs, processes, requests, port, loadBefore, log });
  } finally {
    await fixture.database.drop();
  }
}

async function measure(
  fixture: Fixture,
  o: {
    runs: number;
    processes: number;
    requests: number;
    port: number | null;
    loadBefore: number;
    log: (line: string) => void;
  },
) {
  const { runs, processes, requests, port, loadBefore, log } = o;
  log(`Timing computeSurveyResults in ${processes} fresh processes…`);
  const timings = Array.from({ length: processes }, (_, i) => timingRun(fixture, runs, i === 0 ? 200 : 0));
  const median = (pick: (t: Timing) => number) => summarize(timings.map(pick)).p50;
  const groupBy = await plainGroupBy(fixture, runs);

  let page: { summary: ReturnType<typeof summarize>; status: number; bytes: number; ok: boolean } | null =
    null;
  let serverErrors: string[] = [];
  let distDir = "";
  if (!flags["no-http"]) {
    const server = await startResultsServer(fixture.database, port, log);
    distDir = server.distDir;
    try {
      const cookie = await signIn(server.origin);
      const url = new URL(`/beheer/surveys/${fixture.surveyId}/resultaten?breakdown=district`, server.origin);
      log(`GET ${url.pathname}${url.search}: 2 warm-up requests, then ${requests} measured…`);
      await timePage(url, cookie, 2);
      const measured = await timePage(url, cookie, requests);
      // The page must be the results with the district groups, not a sign-in page or an error.
      const ok = measured.status === 200 && measured.html.includes("Arkendonk");
      page = { summary: summarize(measured.ms), status: measured.status, bytes: measured.bytes, ok };
    } finally {
      serverErrors = server.errorLines();
      await server.stop();
    }
  }

  const first = timings[0] as Timing;
  console.log(
    `\nbench:results — ${count(fixture.responses)} responses, Node ${process.version}, ${os.cpus().length} CPUs ` +
      `(1-minute load average before: ${loadBefore.toFixed(1)}; above ~0.5 other work skews the figures)` +
      (distDir ? `; build ${distDir}` : ""),
  );
  console.log(fixture.database.label);
  printRows([
    ["Data"],
    [
      "responses / answers",
      `${count(fixture.responses)} / ${count(fixture.answers)} (${megabytes(fixture.sizeBytes)} database)`,
    ],
    ["results cube rows", count(fixture.cubeRows)],
    ...(fixture.written
      ? ([
          ["generated in", `${ms(fixture.written.writeMs)} (responses and answers)`],
          ["cube rebuilt in", ms(fixture.written.cubeMs)],
        ] as const)
      : []),
    [
      `(a) getSurveyResults work, breakdown by district (${first.questions} questions, ${first.groups} groups)`,
    ],
    ["cold (first call in a process)", `${ms(median((t) => t.cold))}  (median of ${processes} processes)`],
    ["warm", `${ms(median((t) => t.warm))}  (median of ${runs} runs, median over processes)`],
    ["warm, weighted (raking)", ms(median((t) => t.weighted))],
    ["breakdown by a question (reads the answers; first view)", ms(median((t) => t.byQuestion))],
    ...(first.completion
      ? ([
          [
            "completing a response",
            `${ms(first.completion.complete)} median, of which the cube update ${ms(first.completion.cube)}` +
              `  (${first.completion.n} responses, rolled back)`,
          ],
        ] as const)
      : []),
    ["(b) GET /beheer/surveys/<id>/resultaten?breakdown=district"],
    ...(page
      ? ([
          [
            "status / size",
            `${page.status} / ${kilobytes(page.bytes)}${page.ok ? "" : "  (NOT the results page)"}`,
          ],
          ["latency", latencyLine(page.summary)],
          [
            "server log error lines",
            serverErrors.length ? `${serverErrors.length}, first: ${serverErrors[0]}` : "none",
          ],
        ] as const)
      : ([["skipped", "--no-http"]] as const)),
    ["(c) plain SQL GROUP BY over the answers"],
    [
      "SELECT question_id, value, count(*) …",
      `${ms(groupBy.ms)}  (${count(groupBy.rows)} rows, median of ${runs})`,
    ],
    ...(page
      ? ([
          ["page (median) / GROUP BY", `${(page.summary.p50 / groupBy.ms).toFixed(2)}`],
          ["Target"],
          [
            `page median < ${TARGET_MS} ms`,
            `${ms(page.summary.p50)} (p95 ${ms(page.summary.p95)})  ${verdict(page.ok && page.summary.p50 < TARGET_MS)}`,
          ],
        ] as const)
      : []),
  ]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
