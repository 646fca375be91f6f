import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * One query style and one way to the handle (db/client.ts says which and why): production code
 * under lib/ queries through drizzle on getDb() or a transaction it is given, never through
 * better-sqlite3 directly, which would not run on another engine.
 */

const ROOT = path.resolve(__dirname, "../..");
const TESTS = /\.test\.tsx?$|test-support|test-fixtures|test-definitions|\/testing\//;

function productionFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .map((file) => `${folder}/${file}`)
    .filter((file) => /\.tsx?$/.test(file) && !TESTS.test(file));
}

describe("the data layer's query style", () => {
  it("reaches the database only through drizzle and getDb, never better-sqlite3 itself", () => {
    const files = productionFiles("lib");
    expect(files.length).toBeGreaterThan(200);
    const offenders = files.filter((file) => {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      return /\$client\b|from "better-sqlite3"|new Database\(/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
