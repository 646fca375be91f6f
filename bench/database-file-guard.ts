/*
 * What the database file check (db/database-file-guard.ts) costs per write: the same writes on a
 * guarded connection (openDatabase) and on a plain one, both on real files in a temp folder.
 * SQLite only: the guard watches SQLite's file, and PostgreSQL has no file of Peiling's to guard, so
 * a DATABASE_URL in the environment is set aside for this process (said when it is).
 *   node --conditions=react-server --import tsx bench/database-file-guard.ts [--count 20000]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";

const { values } = parseArgs({ options: { count: { type: "string", default: "20000" } } });
const count = Number(values.count);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-guard-bench-"));

async function main() {
  if (process.env.DATABASE_URL) {
    console.log("SQLite only (the guard watches the SQLite file): DATABASE_URL is ignored for this bench.");
    delete process.env.DATABASE_URL;
  }
  process.env.PEILING_DB = path.join(dir, "unused.db");
  const { openDatabase } = await import("@/db/client");

  const plainSqlite = new Database(path.join(dir, "plain.db"));
  plainSqlite.pragma("journal_mode = WAL");
  plainSqlite.pragma("synchronous = NORMAL");
  const plain = drizzle(plainSqlite);
  const guarded = openDatabase(path.join(dir, "guarded.db"));

  const perOp = (work: () => void) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) work();
    return Number(process.hrtime.bigint() - start) / count / 1000;
  };
  const report = (label: string, run: (db: typeof plain) => void) => {
    for (const db of [plain, guarded]) db.run(sql`create table if not exists t (n integer)`);
    // Warm up both, then measure each twice and keep the faster run (less noise from other work).
    perOp(() => run(plain));
    perOp(() => run(guarded as unknown as typeof plain));
    const a = Math.min(
      perOp(() => run(plain)),
      perOp(() => run(plain)),
    );
    const b = Math.min(
      perOp(() => run(guarded as unknown as typeof plain)),
      perOp(() => run(guarded as unknown as typeof plain)),
    );
    console.log(
      `${label.padEnd(34)} plain ${a.toFixed(2)} µs  guarded ${b.toFixed(2)} µs  check +${(b - a).toFixed(2)} µs`,
    );
  };

  const statStart = process.hrtime.bigint();
  for (let i = 0; i < count; i++) fs.statSync(path.join(dir, "guarded.db"));
  console.log(
    `fs.statSync alone: ${(Number(process.hrtime.bigint() - statStart) / count / 1000).toFixed(2)} µs`,
  );
  report("single insert (autocommit)", (db) => db.run(sql`insert into t (n) values (1)`));
  // BEGIN IMMEDIATE on both, as openDatabase makes every transaction begin.
  report("transaction of 5 inserts", (db) =>
    db.transaction(
      (tx) => {
        for (let i = 0; i < 5; i++) tx.run(sql`insert into t (n) values (${i})`);
      },
      { behavior: "immediate" },
    ),
  );
  report("read (select count)", (db) => db.get(sql`select count(*) from t`));
  plainSqlite.close();
  guarded.$client.close();
}

main().finally(() => fs.rmSync(dir, { recursive: true, force: true }));
