import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseEngine, openDatabase } from "./client";

// Another process holds the write lock for a moment, as a second app process would.
const HOLD_LOCK = `
const Database = require("better-sqlite3");
const db = new Database(process.argv[1]);
db.pragma("busy_timeout = 5000");
db.exec("BEGIN IMMEDIATE");
db.prepare("insert into counter (n) values (1)").run();
process.stdout.write("locked\\n");
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
db.exec("COMMIT");
`;

describe("openDatabase", () => {
  it("sets WAL, foreign keys, a busy timeout and synchronous NORMAL", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "peiling-db-")), "t.db");
    const db = openDatabase(file);
    expect(db.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.$client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(db.$client.pragma("synchronous", { simple: true })).toBe(1);
    db.$client.close();
  });

  it("a read-then-write transaction waits for another process's write instead of failing", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "peiling-db-")), "t.db");
    const db = openDatabase(file);
    db.run(sql`create table counter (n integer not null)`);
    const child = spawn(process.execPath, ["-e", HOLD_LOCK, file], { cwd: process.cwd() });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    // The other process holds the lock now; read, then write on what was read.
    db.transaction((tx) => {
      const { total } = tx.get<{ total: number }>(sql`select count(*) as total from counter`);
      tx.run(sql`insert into counter (n) values (${total + 1})`);
    });
    await new Promise((resolve) => child.on("exit", resolve));
    const rows = db.all<{ n: number }>(sql`select n from counter order by rowid`);
    // The transaction saw the other process's row: it began after that commit, not before.
    expect(rows.map((r) => r.n)).toEqual([1, 2]);
    db.$client.close();
  });
});

describe("a DATABASE_URL that names PostgreSQL", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("is the engine the process reports, and the SQLite file is not opened or created", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/peiling");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "peiling-db-")), "t.db");
    expect(databaseEngine()).toBe("postgresql");
    expect(() => openDatabase(file)).toThrow("DATABASE_URL names PostgreSQL; the SQLite file");
    expect(fs.existsSync(file)).toBe(false);
  });
});
