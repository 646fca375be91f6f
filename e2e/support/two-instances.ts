import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  createTestDatabase,
  POSTGRES_ADMIN_URL,
  postgresProblem,
  postgresRequired,
} from "../../db/schema/postgres-test-support";
import { type SmtpSink, startSmtpSink } from "../../lib/mail/testing/smtp-sink";
import { type RoundRobinProxy, startRoundRobinProxy } from "./round-robin-proxy";

/*
 * Peiling scaled out, for e2e/scaling-out.spec.ts (issue 12): a fresh PostgreSQL database,
 * migrated and seeded with the demo by the CLI (`setup --quiet`, as `npm start` does), a real
 * SMTP server, TWO app instances (`node scripts/serve.mjs`, one server process each, the
 * production build the e2e web server made) on that one database, and a round-robin proxy in
 * front of them (./round-robin-proxy.ts). Both instances run the mail worker, as every
 * instance of a real deployment does.
 *
 * The SMTP server listens on one port per instance, so the test knows which instance handed
 * each message over (and can kill the one that is delivering); every message is counted by
 * Message-ID in one tally and written to a maildir of its own.
 */

const e2ePort = Number(process.env.E2E_PORT || 3100);
/** Ports of this harness: the e2e web server has E2E_PORT, its SMTP server E2E_PORT + 25. */
const BASE_PORT = e2ePort + 50;
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const WORK_DIR = path.resolve(`data/e2e-${e2ePort}-scale`);
export const SCALE_MAILDIR = path.join(WORK_DIR, "mail");
/** Where the journeys send the browser: the round-robin proxy in front of both instances. */
export const PROXY_URL = `http://127.0.0.1:${BASE_PORT}`;

/**
 * Why the PostgreSQL journeys cannot run here, or undefined when they can. Throws when the server
 * does not answer and REQUIRE_PG=1 (CI): there a missing server is a failure, not a skip.
 */
export async function postgresSkipReason(): Promise<string | undefined> {
  const problem = await postgresProblem();
  if (!problem) return undefined;
  const said = `PostgreSQL does not answer at ${POSTGRES_ADMIN_URL} (${problem})`;
  if (postgresRequired) throw new Error(`${said}; REQUIRE_PG=1 requires it`);
  return `${said}; the two-instance journeys need it (REQUIRE_PG=1 makes this a failure)`;
}

export type InstanceName = "a" | "b";

export type Instance = {
  name: InstanceName;
  port: number;
  /** The SMTP port this instance sends to. */
  smtpPort: number;
  alive(): boolean;
  /** SIGKILL to the instance's process group: serve.mjs's primary and its server process, mail worker included. */
  kill(): Promise<void>;
  log: string;
};

export type MailTally = {
  /** Messages received per Message-ID (the SMTP DATA arrived whole), across both ports. */
  byMessageId: Map<string, number>;
  /** Message-IDs received from each instance, in order. */
  byInstance: Record<InstanceName, string[]>;
  total(): number;
  /**
   * Calls `listener` for each message as it arrives, in the SMTP server's own callback, before it
   * answers the sender: a test can act (kill the sending instance) while the message is still on
   * its way. Returns the function that stops listening.
   */
  watch(listener: (from: InstanceName, messageId: string) => void): () => void;
};

export type ScaledOut = {
  proxy: RoundRobinProxy;
  instances: Record<InstanceName, Instance>;
  mail: MailTally;
  databaseUrl: string;
  /** Reads the shared database directly (the assertions look at what was stored). */
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Lines an instance wrote, for a failing test's message. */
  logTail(name: InstanceName, lines?: number): string;
  stop(): Promise<void>;
};

function runCli(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a");
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join("cli", "index.ts"), ...args],
      { env, stdio: ["ignore", out, out] },
    );
    child.on("error", reject);
    child.on("exit", (code) => {
      fs.closeSync(out);
      if (code === 0) resolve();
      else {
        // The first lines name the error (a stack and the driver's error object follow).
        const head = fs.readFileSync(logFile, "utf8").split("\n").slice(0, 12).join("\n");
        reject(new Error(`peiling ${args.join(" ")} failed (exit ${code}):\n${head}`));
      }
    });
  });
}

async function waitForHealth(port: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    // serve.mjs starts a new server process when one dies, for ever: a server process that keeps
    // dying while it starts (its instrumentation hook throws) is a failure, not a slow start.
    const restarts = (fs.readFileSync(log, "utf8").match(/starting a new one/g) ?? []).length;
    if (child.exitCode !== null || child.signalCode !== null || restarts >= 2) {
      throw new Error(`the instance on port ${port} stopped while starting:\n${tail(log, 20)}`);
    }
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (answer.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`the instance on port ${port} did not start:\n${tail(log, 40)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function startInstance(
  name: InstanceName,
  port: number,
  smtpPort: number,
  env: NodeJS.ProcessEnv,
): { instance: Instance; child: ChildProcess } {
  const log = path.join(WORK_DIR, `instance-${name}.log`);
  const out = fs.openSync(log, "w");
  // A process group of its own (detached), so a kill reaches the primary and its server process
  // at once, as when a machine or container dies.
  const child = spawn(process.execPath, [path.join("scripts", "serve.mjs")], {
    env: {
      ...env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    },
    stdio: ["ignore", out, out],
    detached: true,
  });
  fs.closeSync(out);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const instance: Instance = {
    name,
    port,
    smtpPort,
    log,
    alive,
    async kill() {
      if (child.pid && alive()) process.kill(-child.pid, "SIGKILL");
      await exited;
    },
  };
  return { instance, child };
}

async function stopInstance(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // gone already
    }
  }, 6_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts everything; `stop()` ends it and drops the database. `smtpDelayMs` makes the SMTP server
 * answer each message that much later, so a batch takes long enough to be interrupted.
 */
export async function startScaledOut(options: { smtpDelayMs?: number } = {}): Promise<ScaledOut> {
  fs.rmSync(WORK_DIR, { recursive: true, force: true });
  fs.mkdirSync(SCALE_MAILDIR, { recursive: true });
  const database = await createTestDatabase("e2e_scale");
  const cleanups: (() => Promise<void>)[] = [() => database.drop()];
  const stopAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  };
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      // The SQLite file is not used on PostgreSQL; named anyway so nothing lands in data/peiling.db.
      PEILING_DB: path.join(WORK_DIR, "unused.db"),
      // Sessions are signed with AUTH_SECRET; without it each instance would make (or read) a
      // file of its own beside the SQLite path (lib/accounts/data/secret.ts), which on separate
      // machines differs: a session signed by one instance would be refused by the other.
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      PEILING_TRUSTED_PROXIES: "127.0.0.1",
      WEB_CONCURRENCY: "1",
      MAIL_POLL_SECONDS: "1",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const setupStarted = Date.now();
    await runCli(["setup", "--quiet"], env, path.join(WORK_DIR, "setup.log"));
    console.log(
      `scaling out: database migrated and seeded in ${Math.round((Date.now() - setupStarted) / 1000)} s`,
    );

    const listeners = new Set<(from: InstanceName, messageId: string) => void>();
    const mail: MailTally = {
      byMessageId: new Map(),
      byInstance: { a: [], b: [] },
      total: () => [...mail.byMessageId.values()].reduce((sum, n) => sum + n, 0),
      watch(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    let written = 0;
    const sinks: SmtpSink[] = [];
    const smtpPorts = { a: BASE_PORT + 3, b: BASE_PORT + 4 };
    for (const name of ["a", "b"] as const) {
      sinks.push(
        await startSmtpSink({
          port: smtpPorts[name],
          keep: false,
          delayMs: options.smtpDelayMs,
          onMessage(received) {
            mail.byMessageId.set(received.messageId, (mail.byMessageId.get(received.messageId) ?? 0) + 1);
            mail.byInstance[name].push(received.messageId);
            written += 1;
            const file = path.join(SCALE_MAILDIR, `${String(written).padStart(5, "0")}-${name}.eml`);
            fs.writeFileSync(`${file}.tmp`, received.raw);
            fs.renameSync(`${file}.tmp`, file);
            for (const listener of [...listeners]) listener(name, received.messageId);
            return undefined;
          },
        }),
      );
    }
    cleanups.push(async () => {
      for (const sink of sinks) await sink.close();
    });

    const ports = { a: BASE_PORT + 1, b: BASE_PORT + 2 };
    const started = (["a", "b"] as const).map((name) =>
      startInstance(name, ports[name], smtpPorts[name], env),
    );
    cleanups.push(async () => {
      await Promise.all(started.map(({ child }) => stopInstance(child)));
    });
    const startedAt = Date.now();
    await Promise.all(
      started.map(({ instance, child }) => waitForHealth(instance.port, child, instance.log)),
    );
    console.log(`scaling out: both instances answer after ${Math.round((Date.now() - startedAt) / 1000)} s`);

    const proxy = await startRoundRobinProxy({
      port: BASE_PORT,
      upstreams: started.map(({ instance }) => ({ name: instance.name, port: instance.port })),
    });
    cleanups.push(() => proxy.close());

    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    cleanups.push(() => pool.end());

    return {
      proxy,
      instances: { a: started[0].instance, b: started[1].instance },
      mail,
      databaseUrl: database.url,
      async query<T>(text: string, params: unknown[] = []) {
        return (await pool.query(text, params)).rows as T[];
      },
      logTail: (name, lines = 30) => tail(path.join(WORK_DIR, `instance-${name}.log`), lines),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
