// Starts the app the way production runs it, for one benchmark: a build (made if sources changed;
// NEXT_DIST_DIR respected), a fresh database with the demo survey on the environment's engine
// (bench/lib/bench-database.ts: a temp SQLite file, or a database of its own on DATABASE_URL's
// PostgreSQL server), and `npm start` on a free port (never 3000) — or several instances on the one
// PostgreSQL database. Samples the servers' memory while they run.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type BenchDatabase, benchEngine, createBenchDatabase } from "./bench-database";

export const ROOT = path.resolve(__dirname, "..", "..");

/** The installed version of a package of this checkout. */
export function packageVersion(name: string): string {
  const file = path.join(ROOT, "node_modules", name, "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

export type BenchServer = {
  /** The first instance's address. */
  origin: URL;
  /** Every instance's address (one unless `instances` asked for more). */
  origins: URL[];
  /** The database every instance serves from, made for this run. */
  database: BenchDatabase;
  distDir: string;
  /** Server processes per instance (scripts/serve.mjs's WEB_CONCURRENCY). */
  workersPerInstance: number;
  /** Highest resident memory of the servers' process trees seen so far, in bytes. */
  peakRssBytes(): number;
  /** The kernel's own high-water mark (VmHWM) of each process in the trees, summed, in bytes. */
  highWaterMarkBytes(): number;
  /** CPU time (user + system) the servers' process trees have used so far, in seconds. */
  cpuSeconds(): number;
  /**
   * CPU time the PostgreSQL backends serving the bench database have used so far, in seconds
   * (sampled twice a second from /proc: a connection that closes between samples loses its last
   * half second); null on SQLite, where the database's work is in the app's processes.
   */
  databaseCpuSeconds(): number | null;
  /** Lines the servers wrote to stderr, and stdout lines that look like errors. */
  errorLines(): string[];
  stop(): Promise<void>;
  /** Removes the bench database (the temp folder, or the PostgreSQL database), after stop. */
  cleanup(): Promise<void>;
};

type BuildModule = { buildIfNeeded: (options?: { distDir?: string }) => void };

export type BenchServerOptions = {
  /** Run the server under `node --cpu-prof`; the profile lands in this folder when it stops. */
  cpuProfileDir?: string;
  /**
   * App instances on the one database, each `npm start` (scripts/serve.mjs) on a port of its own;
   * more than one needs PostgreSQL. Each instance gets cores ÷ instances server processes (at
   * least one; WEB_CONCURRENCY in the environment overrides), so the machine runs as many server
   * processes with two instances as with one.
   */
  instances?: number;
};

type Instance = { child: ChildProcess; origin: URL; pid: number };

export async function startBenchServer(
  log: (line: string) => void,
  options: BenchServerOptions = {},
): Promise<BenchServer> {
  process.chdir(ROOT);
  const instances = options.instances ?? 1;
  if (instances > 1 && benchEngine() !== "postgresql")
    throw new Error("more than one app instance needs PostgreSQL: set DATABASE_URL=postgres://…");
  if (instances > 1 && options.cpuProfileDir) throw new Error("--profile runs one instance only");
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const buildScript = pathToFileURL(path.join(ROOT, "scripts", "build-if-needed.mjs")).href;
  const { buildIfNeeded } = (await import(buildScript)) as BuildModule;
  buildIfNeeded({ distDir });

  const database = await createBenchDatabase("submit");
  const env = { ...process.env, ...database.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
  const setup = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("cli", "index.ts"), "setup", "--quiet"],
    { stdio: ["ignore", "ignore", "inherit"], env },
  );
  if (setup.status !== 0) {
    await database.drop();
    throw new Error(`\`peiling setup\` failed with exit code ${setup.status}`);
  }

  const workersPerInstance = Number(
    process.env.WEB_CONCURRENCY || Math.max(1, Math.floor(os.availableParallelism() / instances)),
  );
  const profiling = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const errors: string[] = [];
  const output: string[] = [];
  const started: Instance[] = [];
  const killAll = () => {
    for (const i of started) i.child.kill("SIGKILL");
  };
  process.on("exit", killAll);
  try {
    for (let n = 0; n < instances; n++) {
      const port = await freePort();
      log(
        `Starting ${instances > 1 ? `instance ${n + 1} of ${instances}` : "the server"} (scripts/serve.mjs, as npm start, ` +
          `${workersPerInstance} process${workersPerInstance === 1 ? "" : "es"}) on port ${port} ` +
          `(build folder ${distDir}, database ${database.where})`,
      );
      // The same serving path as `npm start` (scripts/serve.mjs: one process per core); with
      // --profile a single `next start` process, so one profile covers all the work.
      const serverArgs = profiling.length
        ? [
            ...profiling,
            path.join("node_modules", "next", "dist", "bin", "next"),
            "start",
            "-p",
            String(port),
          ]
        : [path.join("scripts", "serve.mjs")];
      const child = spawn(process.execPath, serverArgs, {
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...env,
          AUTH_TRUST_HOST: "true",
          PORT: String(port),
          WEB_CONCURRENCY: String(workersPerInstance),
        },
      });
      const collect = (isStderr: boolean) => (chunk: Buffer) => {
        for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
          output.push(line);
          if (output.length > 200) output.shift();
          if ((isStderr || /error|⨯/i.test(line)) && errors.length < 1000) errors.push(line);
        }
      };
      child.stdout?.on("data", collect(false));
      child.stderr?.on("data", collect(true));
      const origin = new URL(`http://127.0.0.1:${port}`);
      started.push({ child, origin, pid: child.pid as number });
      await waitUntilReady(new URL("/api/health", origin), child);
    }
  } catch (error) {
    killAll();
    console.error(output.join("\n"));
    await database.drop();
    throw error;
  }
  const pids = started.map((i) => i.pid);
  const allProcesses = () => pids.flatMap(processTree);
  let peak = 0;
  const sample = () => {
    peak = Math.max(
      peak,
      allProcesses().reduce((sum, p) => sum + statusKb(p, "VmRSS") * 1024, 0),
    );
  };
  sample();
  const sampler = setInterval(sample, 200);
  sampler.unref();
  // PostgreSQL's backends carry their database's name in their process title ("postgres: 15/main:
  // user database host(port) state"); the database is the bench's own, so every such backend works for it.
  const backendCpu = new Map<number, number>();
  const databaseName =
    database.engine === "postgresql" ? new URL(database.env.DATABASE_URL ?? "").pathname.slice(1) : "";
  const sampleBackends = () => {
    if (!databaseName) return;
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const title = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
        if (title.startsWith("postgres: ") && title.includes(` ${databaseName} `))
          backendCpu.set(Number(entry), cpuSecondsOf(Number(entry)));
      } catch {
        // The process ended between listing and reading.
      }
    }
  };
  sampleBackends();
  const backendSampler = setInterval(sampleBackends, 500);
  backendSampler.unref();

  return {
    origin: started[0]?.origin as URL,
    origins: started.map((i) => i.origin),
    database,
    distDir,
    workersPerInstance,
    peakRssBytes: () => {
      sample();
      return peak;
    },
    highWaterMarkBytes: () => allProcesses().reduce((sum, p) => sum + statusKb(p, "VmHWM") * 1024, 0),
    cpuSeconds: () => allProcesses().reduce((sum, p) => sum + cpuSecondsOf(p), 0),
    databaseCpuSeconds: () => {
      if (!databaseName) return null;
      sampleBackends();
      return [...backendCpu.values()].reduce((sum, cpu) => sum + cpu, 0);
    },
    errorLines: () => [...errors],
    async stop() {
      clearInterval(sampler);
      clearInterval(backendSampler);
      await Promise.all(
        started.map(async ({ child }) => {
          if (child.exitCode !== null) return;
          const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
          await exited;
          clearTimeout(timer);
        }),
      );
      process.off("exit", killAll);
    },
    cleanup: () => database.drop(),
  };
}

export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
    });
    // Port 3000 belongs to someone's `npm start`; the OS hardly ever hands it out, but never use it.
    if (port !== 3000 && port !== 0) return port;
  }
}

export async function waitUntilReady(url: URL, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer ${url.pathname} within 60 s`);
}

function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of fs.readdirSync(`/proc/${pids[i]}/task`)) {
        const children = fs.readFileSync(`/proc/${pids[i]}/task/${task}/children`, "utf8").trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between listing and reading.
    }
  }
  return pids;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** utime + stime from /proc/<pid>/stat, in clock ticks of 1/100 s (USER_HZ on Linux). */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
