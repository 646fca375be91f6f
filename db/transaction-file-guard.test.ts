import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "../lib/testing/temp-database";
import { getDb } from "./client";
import { isDatabaseFileGone } from "./database-file-guard";
import { execute } from "./raw-sql";
import { transaction } from "./transaction";

const { file } = setUpTempDatabase("transaction-guard");

async function rescuedCopy(): Promise<string> {
  const dir = path.dirname(file);
  for (let waited = 0; waited < 5_000; waited += 50) {
    const name = fs.readdirSync(dir).find((n) => n.startsWith(`${path.basename(file)}.rescued-`));
    if (name) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // let the backup finish
      return path.join(dir, name);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("no rescued copy");
}

describe("a transaction whose database file is deleted before it commits", () => {
  it("is rolled back and fails, so nothing is acknowledged into the deleted file", async () => {
    await execute(getDb(), sql`CREATE TABLE scratch (n integer NOT NULL)`);
    await execute(getDb(), sql`INSERT INTO scratch (n) VALUES (1)`);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});

    const failed = transaction(async (tx) => {
      await execute(tx, sql`INSERT INTO scratch (n) VALUES (2)`);
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    });
    const error = await failed.catch((e: unknown) => e);
    expect(isDatabaseFileGone(error)).toBe(true);
    expect(getDb().$client.inTransaction).toBe(false);

    // The copy saved beside the path holds what was committed, not the rolled-back answer.
    const copy = new Database(await rescuedCopy(), { readonly: true });
    expect(copy.prepare("SELECT n FROM scratch ORDER BY n").pluck().all()).toEqual([1]);
    copy.close();
    log.mockRestore();
  });
});
