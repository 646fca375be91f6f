// One way to the database: getDb() (or the db/tx a caller passes in), and one query style, drizzle,
// awaited: the query builder where it can say the query (`await db.select()…`), else drizzle's sql
// template run through db/raw-sql.ts (queryRows/queryRow/execute); builder .prepare() with
// sql.placeholder() and `await statement.execute(values)` in hot loops; writes that belong together
// in db/transaction.ts's transaction(). Values are always bound, tables and columns come from
// db/schema so a rename fails the type check, and drizzle can run the same queries on PostgreSQL
// (issue 12). `$client` (better-sqlite3 only) stays in this file, db/transaction.ts and
// db/migrate.ts, which own the connection, and in bench/; under lib/, only the few tests
// lib/testing/query-style.test.ts lists reach better-sqlite3, each for a reason it names.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { env } from "../lib/env";
import type { DatabaseEngine } from "../lib/operations/types";
import { refuseRecreatedDatabase, writeCreatedMarker } from "./created-marker";
import { guardDatabaseFile } from "./database-file-guard";
import { engineFromEnvironment } from "./engine";
import { openPostgres, type PostgresDb } from "./postgres-connection";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle a transaction body gets from db/transaction.ts (the same connection, inside it). */
export type Tx = Db;
/** What a data function runs its queries on: the handle, or the caller's transaction. */
export type Executor = Db | Tx;

/** The engine this process's database runs on, as the environment names it (db/engine.ts). */
export function databaseEngine(): DatabaseEngine {
  return engineFromEnvironment();
}

/**
 * Asks the database a trivial question; throws when it cannot answer. On SQLite the question goes
 * through the file guard, so a database file deleted or replaced under the running process counts
 * as not answering (a plain read would still be served from the open file).
 */
export async function pingDatabase(): Promise<void> {
  const db = getDb();
  if (databaseEngine() === "postgresql") await (db as unknown as PostgresDb).$client.query("SELECT 1");
  else db.$client.exec("SELECT 1");
}

/** How often an open connection checks, in the background, that its file is still at its path. */
const FILE_CHECK_INTERVAL_MS = 5_000;

let instance: Db | undefined;

/** Resolves the database path from PEILING_DB (default ./data/peiling.db). */
export function databasePath(): string {
  return path.resolve(env().PEILING_DB);
}

export function openDatabase(file: string): Db {
  // DATABASE_URL names PostgreSQL: opening the SQLite file as well would put data somewhere the
  // operator did not ask for.
  if (engineFromEnvironment() === "postgresql") {
    throw new Error(`DATABASE_URL names PostgreSQL; the SQLite file ${file} is not opened`);
  }
  // Where Peiling had a database, a missing one is an accident to repair, not a fresh start.
  refuseRecreatedDatabase(file, { allowNew: env().PEILING_ALLOW_NEW_DATABASE });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  writeCreatedMarker(file);
  // WAL lets readers run while one writer writes, which suits many residents answering at once.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Several processes (app instances, the CLI, a backup) may write; wait rather than fail at once.
  sqlite.pragma("busy_timeout = 5000");
  // NORMAL in WAL mode never corrupts the database and survives a crash of the process; only a
  // power loss can lose the last few commits. FULL would fsync every commit and halve write
  // throughput. A lost answer after a power cut is re-entered; a slow survey loses respondents.
  sqlite.pragma("synchronous = NORMAL");
  // A deleted or replaced database file makes every later use fail loudly instead of writing
  // answers into a file that is gone (issue 10, finding 7; db/database-file-guard.ts).
  const stopGuard = guardDatabaseFile(sqlite, file, { intervalMs: FILE_CHECK_INTERVAL_MS });
  const close = sqlite.close.bind(sqlite);
  sqlite.close = () => {
    stopGuard();
    return close();
  };
  const db = drizzle(sqlite, { schema }) as Db;
  // Transactions start with BEGIN IMMEDIATE: a deferred transaction that reads and then writes
  // cannot wait for another process's write lock (SQLite returns "database is locked" at once to
  // avoid a deadlock), while IMMEDIATE takes the lock up front and waits up to busy_timeout.
  // Several app processes share this file (scripts/serve.mjs runs one per core).
  const transaction = db.transaction.bind(db);
  db.transaction = ((work, config) =>
    transaction(work, { behavior: "immediate", ...config })) as Db["transaction"];
  return db;
}

/**
 * The process's one connection, opened lazily: `next build` imports route modules and must not
 * create an empty database file.
 */
export function getDb(): Db {
  if (!instance) {
    const url = process.env.DATABASE_URL;
    instance =
      databaseEngine() === "postgresql" && url
        ? (openPostgres(url) as unknown as Db)
        : openDatabase(databasePath());
  }
  return instance;
}

/** For tests and the CLI: close the connection (SQLite: so the file can be removed or copied). */
export async function closeDb(): Promise<void> {
  const closing = instance;
  instance = undefined;
  if (!closing) return;
  if (databaseEngine() === "postgresql") await (closing as unknown as PostgresDb).$client.end();
  else closing.$client.close();
}
