import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The data layer is asynchronous (issue 12): PostgreSQL answers every query with a promise, so a
 * query that waits synchronously, better-sqlite3's way, cannot run there. Queries are awaited
 * (`await db.select()…`), hand-written SQL goes through db/raw-sql.ts and transactions through
 * db/transaction.ts. The files in STILL_SYNC still wait synchronously: tests, benches and e2e
 * support that open the SQLite file with better-sqlite3 to look at it from outside the app; they
 * move when those tools learn PostgreSQL. The list only shrinks: a listed file that no longer
 * waits synchronously fails the check until its entry goes.
 */

const ROOT = path.resolve(__dirname, "../..");
const FOLDERS = ["lib", "db", "cli", "app", "components", "bench", "scripts", "e2e"];

/** drizzle's synchronous terminals, its synchronous raw SQL, and better-sqlite3's transaction. */
const SYNC = [
  /\.(get|all|run|sync)\(\)/,
  /\.(get|all|run)\(\{/,
  /\b(db|tx|ex|executor|database|handle)\.(all|get|run|values)(<[^>]*>)?\(/,
  /\.transaction\(\s*(\(\s*\w*\s*\)|\w+)\s*=>/,
];

/** Files that own a driver and speak its own language, and why. */
const OWN_THE_DRIVER: Record<string, string> = {
  "db/raw-sql.ts": "runs hand-written SQL on each engine's driver",
  "db/transaction.ts": "opens and closes transactions on the SQLite connection",
  "db/client.ts": "opens the connection",
  "cli/postgres-copy.ts": "reads the SQLite file it copies into PostgreSQL, one snapshot, beside the app",
  "db/migrate.ts": "applies migrations through the driver's migrator",
  "cli/sqlite-backup.ts": "copies the SQLite file with better-sqlite3's online backup",
  "lib/testing/query-style.test.ts": "plants the uses its check looks for",
  "db/client.test.ts": "tests the SQLite connection's settings and locking",
  "db/database-file-guard.test.ts": "tests the guard on better-sqlite3's statements",
  "db/database-unavailable.test.ts": "tests a SQLite connection whose file is unusable",
  "db/transaction-file-guard.test.ts": "reads the rescued copy of a deleted SQLite file with better-sqlite3",
  "db/migrate.test.ts": "reads SQLite's own migration table",
  "bench/database-file-guard.ts": "measures the guard on better-sqlite3's statements",
};

/** Files whose match is not the database at all, and what it is. */
const NOT_THE_DATABASE: Record<string, string> = {
  "lib/accounts/client-address.test.ts": "http.get, a request, not a query",
  "lib/results/protection-audit.ts": "run() of the integer-program solver, not a query",
  "lib/accounts/data/operator-context.ts": "AsyncLocalStorage.run, not a query",
  "e2e/resident-phone.spec.ts": "Playwright's locator.all(), the elements on the page, not a query",
};

const STILL_SYNC: readonly string[] = [
  "cli/commands/backup.test.ts",
  "cli/commands/postgres-operations.test.ts",
  "cli/commands/panel-remind.test.ts",
  "cli/commands/setup-seed.test.ts",
  "cli/commands/survey-import-export.test.ts",
  "e2e/public-pages.spec.ts",
  "e2e/security-matrix.spec.ts",
  "e2e/security-resume-guard.spec.ts",
  "e2e/security-tokens.spec.ts",
  "e2e/support/results-publication-data.ts",
  "e2e/support/security-demo-data.ts",
];

function sourceFiles(): string[] {
  return FOLDERS.flatMap((folder) =>
    fs.existsSync(path.join(ROOT, folder))
      ? fs
          .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
          .map((file) => `${folder}/${file}`)
          .filter((file) => /\.(ts|tsx|mts|mjs)$/.test(file) && !file.includes("node_modules"))
      : [],
  );
}

function waitsSynchronously(text: string): boolean {
  return SYNC.some((pattern) => pattern.test(text));
}

/**
 * better-sqlite3's RunResult read from an awaited write: `changes` and `lastInsertRowid` do not
 * exist on PostgreSQL (node-postgres says `rowCount`, and no inserted id at all). A write asks for
 * the rows it changed instead, `.returning({ id: table.id })`, and counts them (`.length`) or reads
 * the new id (`[0].id`). The domain lists called `changes` (version diffs, BlockedEditError) are
 * read further (`.length`, `.map`) or iterated, never parenthesised and compared as a number.
 */
const ROW_COUNT = [/\.lastInsertRowid\b/, /\)\.changes\b(?!\s*[.[])/, /\.changes\s*[!=]==?/];

/** Production code in the folders that query through drizzle; db/ owns the drivers (db/raw-sql.ts). */
const ROW_COUNT_FOLDERS = ["lib/", "app/", "cli/"];

function readsRowCount(text: string): boolean {
  return ROW_COUNT.some((pattern) => pattern.test(text));
}

describe("the data layer waits for the database asynchronously", () => {
  const files = sourceFiles().filter(
    (file) =>
      file !== "lib/testing/sync-queries.test.ts" && !(file in OWN_THE_DRIVER) && !(file in NOT_THE_DATABASE),
  );
  const sync = files.filter((file) => waitsSynchronously(fs.readFileSync(path.join(ROOT, file), "utf8")));

  it("in every file but those still listed", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(sync.filter((file) => !STILL_SYNC.includes(file))).toEqual([]);
  });

  it("and the list holds no file that has moved on", () => {
    expect(STILL_SYNC.filter((file) => !sync.includes(file))).toEqual([]);
  });

  it("recognises each synchronous form, and not the asynchronous ones", () => {
    expect(waitsSynchronously("const row = db.select().from(users).where(eq(users.id, id)).get();")).toBe(
      true,
    );
    expect(waitsSynchronously("statement.all({ surveyId })")).toBe(true);
    expect(waitsSynchronously("db.query.settings.findFirst({ where }).sync();")).toBe(true);
    expect(waitsSynchronously("tx.run(sql`DELETE FROM audit_log`)")).toBe(true);
    expect(waitsSynchronously("return db.transaction((tx) => {")).toBe(true);
    expect(waitsSynchronously("getDb().transaction(() => {")).toBe(true);
    expect(waitsSynchronously("const [row] = await db.select().from(users).limit(1);")).toBe(false);
    expect(waitsSynchronously("await transaction(async (tx) => {")).toBe(false);
    expect(waitsSynchronously("await queryRows<{ n: number }>(tx, sql`SELECT 1`)")).toBe(false);
    expect(waitsSynchronously("const seen = counts.get(key);")).toBe(false);
  });
});

describe("a write asks for the rows it changed, on every engine", () => {
  const files = sourceFiles().filter(
    (file) => ROW_COUNT_FOLDERS.some((folder) => file.startsWith(folder)) && !/\.test\.tsx?$/.test(file),
  );
  const reading = files.filter((file) => readsRowCount(fs.readFileSync(path.join(ROOT, file), "utf8")));

  it("so no production file reads better-sqlite3's changes or lastInsertRowid", () => {
    expect(files.length).toBeGreaterThan(200);
    expect(reading).toEqual([]);
  });

  it("recognises each way of reading them, and not the domain's lists of changes", () => {
    expect(readsRowCount("return (await hot(db).markSending.execute({ id, token })).changes === 1;")).toBe(
      true,
    );
    expect(
      readsRowCount("made += (await tx.insert(letterCodes).values(rows).onConflictDoNothing()).changes;"),
    ).toBe(true);
    expect(readsRowCount("        .where(ours(id, token))\n    ).changes;")).toBe(true);
    expect(readsRowCount("          ).changes\n        : 0;")).toBe(true);
    expect(readsRowCount("if (updated.changes !== 1) throw new DraftConflictError(null, now);")).toBe(true);
    expect(readsRowCount("return used.changes === 1;")).toBe(true);
    expect(
      readsRowCount("const roundId = Number((await insertRound.execute({ panelId })).lastInsertRowid);"),
    ).toBe(true);
    expect(readsRowCount("          ).lastInsertRowid,")).toBe(true);
    expect(readsRowCount("if (updated.length !== 1) throw new DraftConflictError(null, now);")).toBe(false);
    expect(readsRowCount("const [{ id: roundId }] = await insertRound.execute({ panelId, sample });")).toBe(
      false,
    );
    expect(readsRowCount("changed: questions.filter((q) => q.changes.length > 0).length,")).toBe(false);
    expect(readsRowCount("for (const change of error.changes) {")).toBe(false);
    expect(readsRowCount("(error as BlockedEditError).changes.map((c) => c.code)")).toBe(false);
    expect(readsRowCount("{question(diff, id).changes[0]?.field}")).toBe(false);
  });
});
