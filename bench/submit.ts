/*
 * bench:submit — how many residents can complete the survey at once, through the real HTTP path.
 *
 * Builds if needed (NEXT_DIST_DIR respected), seeds a fresh temp database, starts `next start` on a
 * free port, then:
 *   1. framework floor: autocannon on GET /api/health (no database, dynamic) at the same
 *      concurrency — the fastest any dynamic Next route answers on this machine;
 *   2. survey run: N concurrent clients behave like browsers WITHOUT JavaScript: GET the start page,
 *      post its form (a server action, multipart), follow the 303, and for every page GET it, fill
 *      in plausible answers, post it and follow the 303 to the next page, until the thank-you page.
 *      A 200 after a post means the page came back: with follow-up questions (counted as
 *      "re-posts", posted again) or with errors (counted as an error; the respondent gives up).
 *
 * How to read it: "page submits/s" counts every POST of a question page (re-posts included); each
 * one also costs the server a GET of the next page, so the server handles about twice as many
 * requests as page submits. "Latency" is one request, sent to last byte. The targets (page submit
 * p95 < 250 ms; page submits/s at least half the floor's req/s) are printed as PASS/FAIL; a miss
 * does not fail the process. The database check compares completed responses stored with what
 * the clients counted (warm-up included); they must be equal.
 *
 * Usage: npm run bench:submit -- [--concurrency 50] [--duration 45] [--completions N]
 *          [--floor-duration 10] [--warmup 10] [--seed 1]
 */
import os from "node:os";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { packageVersion, startBenchServer } from "./lib/bench-server";
import { measureFloor } from "./lib/framework-floor";
import { Browser, keepAliveAgent } from "./lib/http-client";
import { count, latencyLine, megabytes, ms, printRows, rate, summarize, verdict } from "./lib/report";
import { completeResponse, errorKind, type Timing, type WalkEvents } from "./lib/respondent-walk";
import { seededRandom } from "./lib/survey-answers";

const SLUG = "sociaal-domein-2026";
const P95_TARGET_MS = 250;
const FLOOR_RATIO_TARGET = 0.5;

const { values: flags } = parseArgs({
  options: {
    concurrency: { type: "string", short: "c", default: "50" },
    duration: { type: "string", short: "d", default: "45" },
    completions: { type: "string", short: "n", default: "0" },
    "floor-duration": { type: "string", default: "10" },
    warmup: { type: "string", default: "10" },
    seed: { type: "string", default: "1" },
    help: { type: "boolean", short: "h", default: false },
  },
});

function positiveInt(name: string, value: string | undefined, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`error: --${name} must be a whole number ≥ ${min} (got "${value}")`);
    process.exit(2);
  }
  return n;
}

type RunResult = {
  timings: Timing[];
  completed: number;
  started: number;
  abandoned: number;
  revealed: number;
  errors: Map<string, { count: number; example: string }>;
  seconds: number;
};

async function runClients(
  origin: URL,
  options: { clients: number; seconds: number; completions: number; seed: number },
) {
  const agent = keepAliveAgent(options.clients);
  const result: RunResult = {
    timings: [],
    completed: 0,
    started: 0,
    abandoned: 0,
    revealed: 0,
    errors: new Map(),
    seconds: 0,
  };
  const begin = performance.now();
  const deadline = begin + options.seconds * 1000;
  const events: WalkEvents = {
    timing: (t) => result.timings.push(t),
    revealed: () => result.revealed++,
    stopped: () => performance.now() >= deadline,
  };
  const wantMore = () =>
    performance.now() < deadline && (options.completions === 0 || result.started < options.completions);

  async function client(id: number) {
    const random = seededRandom(options.seed * 100_003 + id);
    while (wantMore()) {
      result.started++;
      try {
        await completeResponse(new Browser(origin, agent), SLUG, random, events);
        result.completed++;
      } catch (error) {
        const kind = errorKind(error);
        if (kind === "stopped") {
          result.abandoned++;
          continue;
        }
        const entry = result.errors.get(kind) ?? {
          count: 0,
          example: error instanceof Error ? error.message : String(error),
        };
        entry.count++;
        result.errors.set(kind, entry);
      }
    }
  }
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  result.seconds = (performance.now() - begin) / 1000;
  agent.destroy();
  return result;
}

function countInDatabase(dbPath: string): { completed: number; inProgress: number } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db.prepare("SELECT status, count(*) AS n FROM responses GROUP BY status").all() as {
      status: string;
      n: number;
    }[];
    const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
    return { completed: of("completed"), inProgress: of("in_progress") };
  } finally {
    db.close();
  }
}

async function main() {
  if (flags.help) {
    console.log(
      "Usage: npm run bench:submit -- [--concurrency 50] [--duration 45] [--completions N] [--floor-duration 10] [--warmup 10] [--seed 1]",
    );
    return;
  }
  const clients = positiveInt("concurrency", flags.concurrency);
  const seconds = positiveInt("duration", flags.duration);
  const completions = positiveInt("completions", flags.completions, 0);
  const floorSeconds = positiveInt("floor-duration", flags["floor-duration"]);
  const warmup = positiveInt("warmup", flags.warmup, 0);
  const seed = positiveInt("seed", flags.seed, 0);

  const server = await startBenchServer((line) => console.log(line));
  let floor: Awaited<ReturnType<typeof measureFloor>>;
  let warm: RunResult;
  let run: RunResult;
  let floorCpu = 0;
  let runCpu = 0;
  const loadBefore = os.loadavg()[0];
  try {
    console.log(`Warming up: ${warmup} responses, 3 s of /api/health…`);
    await measureFloor(new URL("/api/health", server.origin), clients, 3);
    warm = await runClients(server.origin, {
      clients: Math.min(5, clients),
      seconds: 60,
      completions: warmup,
      seed: seed + 7,
    });
    console.log(`Framework floor: autocannon, ${clients} connections, ${floorSeconds} s…`);
    const cpuBeforeFloor = server.cpuSeconds();
    floor = await measureFloor(new URL("/api/health", server.origin), clients, floorSeconds);
    floorCpu = server.cpuSeconds() - cpuBeforeFloor;
    console.log(
      `Survey: ${clients} clients, ${seconds} s${completions ? ` or ${completions} responses` : ""}…`,
    );
    const cpuBeforeRun = server.cpuSeconds();
    run = await runClients(server.origin, { clients, seconds, completions, seed });
    runCpu = server.cpuSeconds() - cpuBeforeRun;
  } catch (error) {
    await server.stop();
    server.cleanup();
    throw error;
  }
  const peakRss = server.peakRssBytes();
  const highWater = server.highWaterMarkBytes();
  const serverErrors = server.errorLines();
  await server.stop();
  const stored = countInDatabase(server.dbPath);
  server.cleanup();

  const of = (kind: Timing["kind"]) => run.timings.filter((t) => t.kind === kind).map((t) => t.ms);
  const submits = summarize(of("page_submit"));
  const submitRate = submits.count / run.seconds;
  const ratio = submitRate / floor.requestsPerSecond;
  const clientCompleted = warm.completed + run.completed;
  const errorTotal = [...run.errors.values(), ...warm.errors.values()].reduce((s, e) => s + e.count, 0);
  const errorRows = [...new Map([...warm.errors, ...run.errors]).keys()].map((kind) => {
    const total = (warm.errors.get(kind)?.count ?? 0) + (run.errors.get(kind)?.count ?? 0);
    const example = (run.errors.get(kind) ?? warm.errors.get(kind))?.example ?? "";
    return [`  ${kind}`, `${count(total)}  e.g. ${example}`] as const;
  });
  const nextVersion = packageVersion("next");

  console.log(
    `\nbench:submit — Next ${nextVersion} production build (${server.distDir}), Node ${process.version}, ` +
      `${os.cpus().length} CPUs; clients and server share this machine ` +
      `(1-minute load average before the run: ${loadBefore.toFixed(1)}; above ~0.5 other work skews the figures).`,
  );
  const cpuShare = (cpu: number, wall: number) => `${((cpu / wall) * 100).toFixed(0)}% of one core`;
  printRows([
    ["Framework floor: GET /api/health (autocannon, no database)"],
    [
      "requests/s",
      `${rate(floor.requestsPerSecond)}  (${count(floor.total)} in ${floorSeconds} s, ${clients} connections)`,
    ],
    [
      "latency",
      `p50 ${ms(floor.latency.p50)} · p97.5 ${ms(floor.latency.p97_5)} · p99 ${ms(floor.latency.p99)} · max ${ms(floor.latency.max)}`,
    ],
    ["non-2xx / errors", `${count(floor.non2xx)} / ${count(floor.errors)}`],
    [
      "server CPU",
      `${ms((floorCpu * 1000) / floor.total)} per request (${cpuShare(floorCpu, floorSeconds)})`,
    ],
    [`Survey without JavaScript: ${clients} clients, ${run.seconds.toFixed(1)} s`],
    ["completed responses", `${count(run.completed)}  (${rate(run.completed / run.seconds)})`],
    [
      "page submits",
      `${count(submits.count)}  (${rate(submitRate)}; ${count(run.revealed)} re-posts for follow-up questions)`,
    ],
    ["page submit latency", latencyLine(submits)],
    ["page view latency (GET)", latencyLine(summarize(of("page_view")))],
    ["start page GET", latencyLine(summarize(of("start_view")))],
    ["start submit (POST)", latencyLine(summarize(of("start_submit")))],
    ["all HTTP requests", rate(run.timings.length / run.seconds)],
    [
      "server CPU",
      `${ms((runCpu * 1000) / Math.max(1, submits.count))} per page submit, its GET included (${cpuShare(runCpu, run.seconds)})`,
    ],
    ["responses abandoned at the end", count(run.abandoned)],
    ["errors", errorTotal === 0 ? "none" : count(errorTotal)],
    ...errorRows,
    [
      "server log error lines",
      serverErrors.length === 0 ? "none" : `${serverErrors.length}, first: ${serverErrors[0].slice(0, 160)}`,
    ],
    ["Server"],
    ["peak RSS (sampled every 200 ms)", megabytes(peakRss)],
    ["VmHWM at the end", megabytes(highWater)],
    ["Database check"],
    [
      "completed, counted by clients",
      `${count(clientCompleted)}  (${count(warm.completed)} warm-up + ${count(run.completed)} measured)`,
    ],
    [
      "completed, stored in database",
      `${count(stored.completed)}  ${stored.completed === clientCompleted ? "(equal)" : "(MISMATCH)"}`,
    ],
    [
      "unfinished in database",
      `${count(stored.inProgress)}  (abandoned at the end or after an error: ${count(run.abandoned + errorTotal)})`,
    ],
    ["Targets"],
    [`page submit p95 < ${P95_TARGET_MS} ms`, `${ms(submits.p95)}  ${verdict(submits.p95 < P95_TARGET_MS)}`],
    [
      `page submits/s ≥ ${FLOOR_RATIO_TARGET * 100}% of floor req/s`,
      `${rate(submitRate)} ÷ ${rate(floor.requestsPerSecond)} = ${(ratio * 100).toFixed(1)}%  ${verdict(ratio >= FLOOR_RATIO_TARGET)}`,
    ],
  ]);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
