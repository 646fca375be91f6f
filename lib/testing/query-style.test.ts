import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * One query style and one way to the handle (db/client.ts says which and why): code under lib/
 * queries through drizzle on getDb() or a transaction it is given, never through better-sqlite3
 * directly, which would not run on another engine. Production code has no exception. Tests and
 * test support (the *-test-support, test-fixtures and test-definitions files and lib/testing/)
 * follow the same rule, but for the files listed below, each with the reason it needs the driver.
 */

const ROOT = path.resolve(__dirname, "../..");
const TESTS = /\.test\.tsx?$/;
const SUPPORT = /test-support|test-fixtures|test-definitions|(^|\/)testing\//;

/** better-sqlite3 itself: the handle under drizzle, the package, or a connection of one's own. */
const RAW = /\$client\b|from "better-sqlite3"|new Database\(/;

/**
 * The tests and test support that reach better-sqlite3 itself, and why. An entry no longer needed
 * fails the check, so the list only shrinks.
 */
const RAW_OUTSIDE_PRODUCTION: Record<string, string> = {
  "lib/results/aggregate-condition-sql.test.ts":
    "runs visibilitySql's fragments, SQL with ? placeholders, as they are on an in-memory database of its own",
  "lib/testing/query-style.test.ts": "plants the uses this check looks for",
};

type Source = { file: string; text: string };

function sources(folder: string, keep: (file: string) => boolean): Source[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .map((file) => `${folder}/${file}`)
    .filter((file) => /\.tsx?$/.test(file) && keep(file))
    .map((file) => ({ file, text: fs.readFileSync(path.join(ROOT, file), "utf8") }));
}

const isProduction = (file: string) => !TESTS.test(file) && !SUPPORT.test(file);
const isSupport = (file: string) => !TESTS.test(file) && SUPPORT.test(file);
const isTest = (file: string) => TESTS.test(file);

/** Production files that reach better-sqlite3. */
function productionOffenders(files: readonly Source[]): string[] {
  return files.filter(({ text }) => RAW.test(text)).map(({ file }) => file);
}

/**
 * Tests and test support that reach better-sqlite3 without an entry in `allowed` (`offenders`),
 * and entries whose file no longer reaches it or is gone (`stale`).
 */
function rawOffenders(
  files: readonly Source[],
  allowed: Record<string, string>,
): { offenders: string[]; stale: string[] } {
  const reaching = files.filter(({ text }) => RAW.test(text)).map(({ file }) => file);
  return {
    offenders: reaching.filter((file) => !(file in allowed)),
    stale: Object.keys(allowed).filter((file) => !reaching.includes(file)),
  };
}

describe("the data layer's query style", () => {
  it("reaches the database only through drizzle and getDb, never better-sqlite3 itself", () => {
    const files = sources("lib", isProduction);
    expect(files.length).toBeGreaterThan(200);
    expect(productionOffenders(files)).toEqual([]);
  });

  it("holds for tests and test support too, but for the files listed", () => {
    const files = sources("lib", (file) => !isProduction(file));
    expect(files.filter(({ file }) => isSupport(file)).length).toBeGreaterThan(20);
    expect(files.filter(({ file }) => isTest(file)).length).toBeGreaterThan(100);
    expect(files.map((f) => f.file)).toContain("lib/testing/temp-database.ts");
    expect(files.map((f) => f.file)).toContain("lib/testing/query-style.test.ts");
    expect(rawOffenders(files, RAW_OUTSIDE_PRODUCTION)).toEqual({ offenders: [], stale: [] });
  });

  it("sees a planted use: the handle, the package or a connection, in an unlisted test or support file", () => {
    const planted: Source[] = [
      { file: "lib/x/data/a-test-support.ts", text: "const sql = () => getDb().$client;" },
      { file: "lib/x/data/b-test-support.ts", text: 'import Database from "better-sqlite3";' },
      { file: "lib/testing/c.ts", text: "const db = new Database(file);" },
      { file: "lib/x/data/d.test.ts", text: 'getDb().$client.prepare("DELETE FROM audit_log").run();' },
      { file: "lib/x/data/e.test.ts", text: "getDb().run(sql`DELETE FROM audit_log`);" },
    ];
    expect(rawOffenders(planted, {})).toEqual({
      offenders: [
        "lib/x/data/a-test-support.ts",
        "lib/x/data/b-test-support.ts",
        "lib/testing/c.ts",
        "lib/x/data/d.test.ts",
      ],
      stale: [],
    });
    expect(productionOffenders(planted)).toHaveLength(4);
    // Listed, it passes; listed but no longer reaching it, the entry is stale.
    expect(
      rawOffenders(planted, {
        "lib/x/data/a-test-support.ts": "why",
        "lib/x/data/e.test.ts": "why",
      }),
    ).toEqual({
      offenders: ["lib/x/data/b-test-support.ts", "lib/testing/c.ts", "lib/x/data/d.test.ts"],
      stale: ["lib/x/data/e.test.ts"],
    });
  });

  it("tells test support from production and from tests by the file's path", () => {
    expect(isSupport("lib/panels/data/panel-test-support.ts")).toBe(true);
    expect(isSupport("lib/testing/signed-in.ts")).toBe(true);
    expect(isSupport("lib/surveys/definition/test-definitions.ts")).toBe(true);
    expect(isSupport("lib/testing/query-style.test.ts")).toBe(false);
    expect(isTest("lib/testing/query-style.test.ts")).toBe(true);
    expect(isProduction("lib/panels/data/panels.ts")).toBe(true);
    expect(isProduction("lib/panels/data/panels.test.ts")).toBe(false);
  });
});
