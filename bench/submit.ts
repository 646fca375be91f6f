/*
 * bench:submit — how many residents can complete the survey at once, through the real HTTP path.
 *
 * Builds if needed (NEXT_DIST_DIR respected), seeds a fresh temp database, starts `next start` on a
 * free port (never 3000), warms it up, then measures:
 *   1. framework floor: autocannon on GET /api/health (dynamic, one trivial database query) at the same
 *      concurrency — the fastest any dynamic Next route answers on this machine;
 *   2. survey run: N concurrent clients behave like browsers WITHOUT JavaScript: GET the start page,
 *      post its form (a server action, multipart), follow the 303, and for every page GET it, fill
 *      in plausible answers, post it and follow the 303 to the next page, until the thank-you page.
 *      A 200 after a post means the page came back: with follow-up questions (counted as
 *      "re-posts", posted again) or with errors (counted as an error; the respondent gives up).
 *
 * How to read it: "page submits/s" counts every POST of a question page (re-posts included); each
 * one also costs the server a GET of the next page, so the server handles about twice as many
 * requests as page submits. "Latency" is one request, sent to last byte. "Server CPU" (from
 * /proc) is the cost per request independent of how busy the machine is; clients and server share
 * the 2 cores, so also look at the load average printed. The targets (page submit p95 < 250 ms;
 * page submits/s at least half the floor's req/s) are printed as PASS/FAIL; a miss does not fail
 * the process. The database check compares completed responses stored with what the clients
 * counted (warm-up included); they must be equal.
 *
 * --profile runs the server under `node --cpu-prof` (a little slower) and prints where its CPU
 * went during the survey run, by package and by function; the .cpuprofile file is kept for
 * Chrome DevTools.
 *
 * The engine is the one the environment names (db/engine.ts): SQLite (a temp file) without
 * DATABASE_URL, PostgreSQL when DATABASE_URL=postgres://…, where the bench creates a database of its
 * own on that server and drops it at the end; the header names it. --instances N (PostgreSQL only)
 * starts N app instances on the one database, each on its own port with cores ÷ N server
 * processes, and spreads the clients over them (client i on instance i mod N); the floor is then
 * measured on all of them at once.
 *
 * Usage: npm run bench:submit -- [--concurrency 50] [--duration 45] [--completions N]
 *          [--floor-duration 10] [--warmup 10] [--seed 1] [--instances 1] [--profile]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { countStoredResponses } from "./lib/bench-database";
import { packageVersion, startBenchServer } from "./lib/bench-server";
import { type HotSpots, hotSpots, monotonicMicros } from "./lib/cpu-profile";
import { type FloorResult, measureFloorOver } from "./lib/framework-floor";
import { count, latencyLine, megabytes, ms, printRows, rate, summarize, verdict } from "./lib/report";
import type { Timing } from "./lib/respondent-walk";
import { errorCount, type LoadResult, runSurveyLoad } from "./lib/survey-load";

const SLUG = "sociaal-domein-2026";
const P95_TARGET_MS = 250;
const FLOOR_RATIO_TARGET = 0.5;
const USAGE =
  "Usage: npm run bench:submit -- [--concurrency 50] [--duration 45] [--completions N] " +
  "[--floor-duration 10] [--warmup 10] [--seed 1] [--instances 1] [--profile]";

const { values: flags } = parseArgs({
  options: {
    concurrency: { type: "string", short: "c", default: "50" },
    duration: { type: "string", short: "d", default: "45" },
    completions: { type: "string", short: "n", default: "0" },
    "floor-duration": { type: "string", default: "10" },
    warmup: { type: "string", default: "10" },
    seed: { type: "string", default: "1" },
    instances: { type: "string", default: "1" },
    profile: { type: "boolean", default: false },
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

type Measured = {
  floor: FloorResult;
  floorCpu: number;
  /** PostgreSQL backends' CPU in the floor and the survey run; null on SQLite. */
  floorDbCpu: number | null;
  runDbCpu: number | null;
  warm: LoadResult;
  run: LoadResult;
  runCpu: number;
  runWindow: [number, number];
};

async function main() {
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const clients = wholeNumber("concurrency", flags.concurrency);
  const seconds = wholeNumber("duration", flags.duration);
  const completions = wholeNumber("completions", flags.completions, 0);
  const floorSeconds = wholeNumber("floor-duration", flags["floor-duration"]);
  const warmup = wholeNumber("warmup", flags.warmup, 0);
  const seed = wholeNumber("seed", flags.seed, 0);
  const instances = wholeNumber("instances", flags.instances);

  const profileDir = flags.profile
    ? fs.mkdtempSync(path.join(os.tmpdir(), "peiling-bench-profile-"))
    : undefined;
  const server = await startBenchServer((line) => console.log(line), {
    cpuProfileDir: profileDir,
    instances,
  });
  const loadBefore = os.loadavg()[0];
  const health = server.origins.map((origin) => new URL("/api/health", origin));
  let m: Measured;
  let seeded: Awaited<ReturnType<typeof countStoredResponses>>;
  try {
    // The demo seed stores responses of its own (the 2025 edition); the check counts what the run adds.
    seeded = await countStoredResponses(server.database);
    console.log(`Warming up: ${warmup} responses, 3 s of /api/health…`);
    await measureFloorOver(health, clients, 3);
    const warm = await runSurveyLoad(server.origins, {
      slug: SLUG,
      clients: Math.min(5, clients),
      seconds: 60,
      completions: warmup,
      seed: seed + 7,
    });
    console.log(`Framework floor: autocannon, ${clients} connections, ${floorSeconds} s…`);
    const dbCpu = () => server.databaseCpuSeconds();
    const since = (before: number | null) => {
      const now = dbCpu();
      return now === null || before === null ? null : now - before;
    };
    let cpu = server.cpuSeconds();
    let dbBefore = dbCpu();
    const floor = await measureFloorOver(health, clients, floorSeconds);
    const floorCpu = server.cpuSeconds() - cpu;
    const floorDbCpu = since(dbBefore);
    console.log(
      `Survey: ${clients} clients, ${seconds} s${completions ? ` or ${completions} responses` : ""}…`,
    );
    cpu = server.cpuSeconds();
    dbBefore = dbCpu();
    const from = monotonicMicros();
    const run = await runSurveyLoad(server.origins, { slug: SLUG, clients, seconds, completions, seed });
    m = {
      floor,
      floorCpu,
      floorDbCpu,
      runDbCpu: since(dbBefore),
      warm,
      run,
      runCpu: server.cpuSeconds() - cpu,
      runWindow: [from, monotonicMicros()],
    };
  } catch (error) {
    await server.stop();
    await server.cleanup();
    throw error;
  }
  const peakRss = server.peakRssBytes();
  const highWater = server.highWaterMarkBytes();
  const serverErrors = server.errorLines();
  await server.stop();
  let after: typeof seeded;
  try {
    after = await countStoredResponses(server.database);
  } finally {
    await server.cleanup();
  }
  const stored = {
    completed: after.completed - seeded.completed,
    inProgress: after.inProgress - seeded.inProgress,
  };

  console.log(
    `\nbench:submit — Next ${packageVersion("next")} production build (${server.distDir}), Node ${process.version}, ` +
      `${os.cpus().length} CPUs; clients and server share this machine ` +
      `(1-minute load average before the run: ${loadBefore.toFixed(1)}; above ~0.5 other work skews the figures).`,
  );
  console.log(
    `${server.database.label}; ${server.origins.length} app instance${server.origins.length === 1 ? "" : "s"} ` +
      `× ${server.workersPerInstance} server process${server.workersPerInstance === 1 ? "" : "es"}` +
      (server.origins.length > 1
        ? `, clients spread over them (client i on instance i mod ${server.origins.length})`
        : ""),
  );
  printReport(m, { clients, floorSeconds, peakRss, highWater, serverErrors, stored, instances });
  if (profileDir) printProfile(profileDir, m.runWindow);
}

function printReport(
  m: Measured,
  o: {
    clients: number;
    floorSeconds: number;
    peakRss: number;
    highWater: number;
    serverErrors: string[];
    stored: { completed: number; inProgress: number };
    instances: number;
  },
) {
  const { floor, run, warm } = m;
  const of = (kind: Timing["kind"]) => run.timings.filter((t) => t.kind === kind).map((t) => t.ms);
  const submits = summarize(of("page_submit"));
  const submitRate = submits.count / run.seconds;
  const ratio = submitRate / floor.requestsPerSecond;
  const clientCompleted = warm.completed + run.completed;
  const errors = errorCount(warm) + errorCount(run);
  const errorRows = [...new Set([...warm.errors.keys(), ...run.errors.keys()])].map((kind) => {
    const total = (warm.errors.get(kind)?.count ?? 0) + (run.errors.get(kind)?.count ?? 0);
    const example = (run.errors.get(kind) ?? warm.errors.get(kind))?.example ?? "";
    return [`  ${kind}`, `${count(total)}  e.g. ${example}`] as const;
  });
  const cpuShare = (cpu: number, wall: number) => `${((cpu / wall) * 100).toFixed(0)}% of one core`;
  const f = floor.latency;

  printRows([
    [
      `Framework floor: GET /api/health (autocannon, one trivial database query${o.instances > 1 ? `; ${o.instances} instances at once, latency the worst instance's` : ""})`,
    ],
    [
      "requests/s",
      `${rate(floor.requestsPerSecond)}  (${count(floor.total)} in ${o.floorSeconds} s, ${o.clients} connections)`,
    ],
    ["latency", `p50 ${ms(f.p50)} · p97.5 ${ms(f.p97_5)} · p99 ${ms(f.p99)} · max ${ms(f.max)}`],
    ["non-2xx / errors", `${count(floor.non2xx)} / ${count(floor.errors)}`],
    [
      "server CPU",
      `${ms((m.floorCpu * 1000) / floor.total)} per request (${cpuShare(m.floorCpu, o.floorSeconds)})`,
    ],
    ...(m.floorDbCpu === null
      ? []
      : ([
          [
            "PostgreSQL CPU",
            `${ms((m.floorDbCpu * 1000) / floor.total)} per request (${cpuShare(m.floorDbCpu, o.floorSeconds)})`,
          ],
        ] as const)),
    [`Survey without JavaScript: ${o.clients} clients, ${run.seconds.toFixed(1)} s`],
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
      `${ms((m.runCpu * 1000) / Math.max(1, submits.count))} per page submit, its GET included ` +
        `(${cpuShare(m.runCpu, run.seconds)})`,
    ],
    ...(m.runDbCpu === null
      ? []
      : ([
          [
            "PostgreSQL CPU",
            `${ms((m.runDbCpu * 1000) / Math.max(1, submits.count))} per page submit, its GET included ` +
              `(${cpuShare(m.runDbCpu, run.seconds)}; the app's own server CPU above excludes it)`,
          ],
        ] as const)),
    ["benchmark client CPU", cpuShare(run.clientCpuSeconds, run.seconds)],
    ["walks cut off at the end", count(run.abandoned)],
    ["errors", errors === 0 ? "none" : count(errors)],
    ...errorRows,
    [
      "server log error lines",
      o.serverErrors.length === 0
        ? "none"
        : `${o.serverErrors.length}, first: ${o.serverErrors[0].slice(0, 160)}`,
    ],
    ["Server"],
    ["peak RSS (sampled every 200 ms)", megabytes(o.peakRss)],
    ["VmHWM at the end", megabytes(o.highWater)],
    ["Database check"],
    [
      "completed, counted by clients",
      `${count(clientCompleted)}  (${count(warm.completed)} warm-up + ${count(run.completed)} measured)`,
    ],
    [
      "completed, stored by this run",
      `${count(o.stored.completed)}  ${o.stored.completed === clientCompleted ? "(equal)" : "(MISMATCH)"}`,
    ],
    [
      "unfinished, stored by this run",
      `${count(o.stored.inProgress)}  (at most ${count(run.abandoned + errors)}: walks cut off or failed ` +
        "after their start post)",
    ],
    ["Targets"],
    [`page submit p95 < ${P95_TARGET_MS} ms`, `${ms(submits.p95)}  ${verdict(submits.p95 < P95_TARGET_MS)}`],
    [
      `page submits/s ≥ ${FLOOR_RATIO_TARGET * 100}% of floor req/s`,
      `${rate(submitRate)} ÷ ${rate(floor.requestsPerSecond)} = ${(ratio * 100).toFixed(1)}%  ` +
        verdict(ratio >= FLOOR_RATIO_TARGET),
    ],
  ]);
}

function printProfile(dir: string, [from, to]: [number, number]) {
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) {
    console.log("\nNo CPU profile was written (the server did not exit cleanly).");
    return;
  }
  const spots: HotSpots = hotSpots(path.join(dir, file), from, to);
  const line = (s: { label: string; ms: number }) =>
    `  ${((s.ms / spots.sampledMs) * 100).toFixed(1).padStart(5)}%  ${s.label}`;
  console.log(
    `\nServer CPU during the survey run, self time (${(spots.sampledMs / 1000).toFixed(1)} s sampled):`,
  );
  console.log("By package:");
  for (const s of spots.packages) console.log(line(s));
  console.log("By function:");
  for (const s of spots.functions) console.log(line(s));
  console.log(`Profile for Chrome DevTools (Performance → Load profile): ${path.join(dir, file)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
