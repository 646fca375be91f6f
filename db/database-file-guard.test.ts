import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { databaseFileGoneIn, guardDatabaseFile, isDatabaseFileGone } from "./database-file-guard";

// Real files only: the database is deleted or replaced on disk under an open connection, as an
// operator's `rm -r data/` or a restore by `mv` would do while the server runs (issue 10, finding 7).

function freshDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-db-gone-"));
  const file = path.join(dir, "peiling.db");
  const db = openDatabase(file);
  db.run(sql`create table answers (n integer not null)`);
  db.run(sql`insert into answers (n) values (1)`);
  return { dir, file, db };
}

function caught(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}

const waitFor = async (condition: () => boolean, ms = 3000) => {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("a database file deleted under a running connection", () => {
  it("refuses the next write instead of acknowledging it into the deleted file, and every use after it", async () => {
    const { dir, file, db } = freshDatabase();
    fs.rmSync(file);

    const single = caught(() => db.run(sql`insert into answers (n) values (2)`));
    expect(isDatabaseFileGone(single)).toBe(true);
    expect(databaseFileGoneIn(single)?.message).toContain(`The database file ${file} was deleted`);

    const inTransaction = caught(() =>
      db.transaction((tx) => {
        tx.run(sql`insert into answers (n) values (3)`);
      }),
    );
    expect(isDatabaseFileGone(inTransaction)).toBe(true);
    // Reads fail too: a site that keeps answering from a vanished file hides the problem.
    expect(isDatabaseFileGone(caught(() => db.all(sql`select n from answers`)))).toBe(true);

    // What was written before the deletion is saved beside the path, from the open connection.
    await waitFor(() => fs.readdirSync(dir).some((name) => name.startsWith("peiling.db.rescued-")));
    const rescuedName = fs.readdirSync(dir).find((name) => name.startsWith("peiling.db.rescued-")) as string;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const rescued = new Database(path.join(dir, rescuedName), { readonly: true });
    expect(rescued.prepare("select n from answers").pluck().all()).toEqual([1]);
    rescued.close();
    db.$client.close();
  });

  it("refuses a write when the file was replaced by another one (a restore by mv while running)", () => {
    const { dir, file, db } = freshDatabase();
    const other = path.join(dir, "other.db");
    new Database(other).close();
    fs.renameSync(other, file);
    const error = caught(() =>
      db.transaction((tx) => {
        tx.run(sql`insert into answers (n) values (2)`);
      }),
    );
    expect(isDatabaseFileGone(error)).toBe(true);
    expect(databaseFileGoneIn(error)?.message).toContain("was replaced");
    db.$client.close();
  });

  it("keeps working while the file stays where it is", () => {
    const { db } = freshDatabase();
    db.transaction((tx) => {
      tx.run(sql`insert into answers (n) values (2)`);
    });
    db.run(sql`insert into answers (n) values (3)`);
    expect(db.all<{ n: number }>(sql`select n from answers order by n`).map((r) => r.n)).toEqual([1, 2, 3]);
    db.$client.close();
  });

  it("notices it in the background on an idle connection and says in the log what to do", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-db-gone-"));
    const file = path.join(dir, "idle.db");
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    const lines: string[] = [];
    const stop = guardDatabaseFile(sqlite, file, { intervalMs: 20, log: (line) => lines.push(line) });
    fs.rmSync(file);
    await waitFor(() => lines.some((line) => line.includes("was deleted")));
    expect(lines[0]).toMatch(/Stop every Peiling process/);
    expect(isDatabaseFileGone(caught(() => sqlite.prepare("select 1").get()))).toBe(true);
    stop();
    sqlite.close();
  });
});
