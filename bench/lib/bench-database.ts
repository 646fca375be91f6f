// The database a benchmark works on, on the engine the environment names (db/engine.ts): SQLite, a
// file (PEILING_DB or one the bench chooses), or PostgreSQL, when DATABASE_URL is a postgres:// URL.
// On PostgreSQL a bench that needs a database of its own creates a fresh one on that URL's server
// and drops it at the end, so a run never touches the database the URL names. The bench also looks
// at its database from outside the app (what was stored, how big it is) through the same few
// portable statements on either engine, here.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { engineFromEnvironment } from "@/db/engine";

export type BenchEngine = "sqlite" | "postgresql";

export type Query = <T>(statement: string, params?: unknown[]) => Promise<T[]>;

export type BenchDatabase = {
  engine: BenchEngine;
  /** The variables that name this database to a child process (the server, setup, a timing run). */
  env: Record<string, string>;
  /** For the report's header: "engine: sqlite (file …)" or "engine: postgresql (postgres://…, password hidden)". */
  label: string;
  /** Where it is, for log lines: the file, or the URL without its password. */
  where: string;
  /** Rows of a portable statement ("?" placeholders; numbers come back as numbers on both engines). */
  query<T>(statement: string, params?: unknown[]): Promise<T[]>;
  /** Several statements on one connection (for timing them without the cost of connecting). */
  onConnection<R>(work: (query: Query) => Promise<R>): Promise<R>;
  /** The database's size on disk, in bytes. */
  sizeBytes(): Promise<number>;
  /** Removes what the bench created (the temp folder, or the PostgreSQL database). */
  drop(): Promise<void>;
};

export function benchEngine(): BenchEngine {
  return engineFromEnvironment();
}

/** A PostgreSQL URL without its password. */
export function hidePassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}

function labelOf(engine: BenchEngine, where: string): string {
  return engine === "postgresql"
    ? `engine: postgresql (${where}, password hidden)`
    : `engine: sqlite (file ${where})`;
}

/** Runs `work` on one connection to `url`, closed after. */
async function onServer<T>(url: string, work: (client: import("pg").Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** "?" placeholders as PostgreSQL's $1, $2, … (the bench's statements hold no "?" in literals). */
function numbered(statement: string): string {
  let n = 0;
  return statement.replace(/\?/g, () => `$${++n}`);
}

/** count(*) and sum() are bigint on PostgreSQL, which node-postgres returns as text. */
function numbersOf<T>(rows: Record<string, unknown>[]): T[] {
  return rows.map(
    (row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : v]),
      ) as T,
  );
}

function postgresDatabase(url: string, drop: () => Promise<void>): BenchDatabase {
  const where = hidePassword(url);
  return {
    engine: "postgresql",
    env: { DATABASE_URL: url },
    label: labelOf("postgresql", where),
    where,
    query: (statement, params = []) =>
      onServer(url, async (c) => numbersOf((await c.query(numbered(statement), params)).rows)),
    onConnection: (work) =>
      onServer(url, (c) =>
        work(async (statement, params = []) => numbersOf((await c.query(numbered(statement), params)).rows)),
      ),
    sizeBytes: () =>
      onServer(url, async (c) =>
        Number((await c.query("SELECT pg_database_size(current_database()) AS n")).rows[0].n),
      ),
    drop,
  };
}

function sqliteDatabase(file: string, drop: () => Promise<void>): BenchDatabase {
  // Read-only, from outside the app: the file is the server's while it runs.
  const onConnection = async <R>(work: (query: Query) => Promise<R>): Promise<R> => {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return await work(
        async <T>(statement: string, params: unknown[] = []) => db.prepare(statement).all(...params) as T[],
      );
    } finally {
      db.close();
    }
  };
  return {
    engine: "sqlite",
    env: { PEILING_DB: file },
    label: labelOf("sqlite", file),
    where: file,
    query: (statement, params) => onConnection((query) => query(statement, params)),
    onConnection,
    sizeBytes: async () => fs.statSync(file).size,
    drop,
  };
}

/**
 * A fresh, empty database of the bench's own on the environment's engine. SQLite: a file in a new
 * temp folder (removed by drop). PostgreSQL: CREATE DATABASE on the server DATABASE_URL names,
 * issued from its maintenance database `postgres` (or, where that is not reachable, from the URL's
 * own database); named peiling_bench_<purpose>_<pid>_<random>, so the test runs' clean-up
 * (db/schema/postgres-test-support.ts) also drops one a killed bench left behind.
 */
export async function createBenchDatabase(purpose: string): Promise<BenchDatabase> {
  if (benchEngine() === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `peiling-bench-${purpose}-`));
    return sqliteDatabase(path.join(dir, "bench.db"), async () =>
      fs.rmSync(dir, { recursive: true, force: true }),
    );
  }
  const base = process.env.DATABASE_URL as string;
  const name = `peiling_bench_${purpose.replace(/[^a-z0-9]/g, "_")}_${process.pid}_${randomBytes(4).toString("hex")}`;
  const maintenance = new URL(base);
  maintenance.pathname = "/postgres";
  let admin = maintenance.toString();
  try {
    await onServer(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // no database "postgres"
    admin = base;
    await onServer(admin, (c) => c.query(`CREATE DATABASE "${name}"`));
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  let dropped = false;
  return postgresDatabase(url.toString(), async () => {
    if (dropped) return;
    dropped = true;
    // WITH (FORCE) ends connections a server that was killed left open.
    await onServer(admin, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });
}

/**
 * The database the environment names, as it is (not created, never dropped): the PostgreSQL URL,
 * or the SQLite file at `sqliteFile`.
 */
export function existingBenchDatabase(sqliteFile: string): BenchDatabase {
  if (benchEngine() === "postgresql")
    return postgresDatabase(process.env.DATABASE_URL as string, async () => {});
  return sqliteDatabase(path.resolve(sqliteFile), async () => {});
}

/** What a bench database holds of responses, by status: looked at from outside, after a run. */
export async function countStoredResponses(
  db: BenchDatabase,
): Promise<{ completed: number; inProgress: number }> {
  const rows = await db.query<{ status: string; n: number }>(
    "SELECT status, count(*) AS n FROM responses GROUP BY status",
  );
  const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  return { completed: of("completed"), inProgress: of("in_progress") };
}
