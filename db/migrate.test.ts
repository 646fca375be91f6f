import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { Db } from "./client";
import { applyMigrations, NewerDatabaseError } from "./migrate";
import * as schema from "./schema";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "peiling-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function open(name: string) {
  const sqlite = new Database(path.join(dir, name));
  return { sqlite, db: drizzle(sqlite, { schema }) as Db };
}

describe("applyMigrations", () => {
  it("migrates an empty database, and runs again without change", async () => {
    const { sqlite, db } = open("fresh.db");
    await applyMigrations(db);
    const applied = (sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number })
      .n;
    expect(applied).toBeGreaterThan(0);
    await applyMigrations(db);
    expect((sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n).toBe(
      applied,
    );
    sqlite.close();
  });

  it("refuses a database that a newer version migrated, with a message saying so", async () => {
    const { sqlite, db } = open("newer.db");
    await applyMigrations(db);
    // A migration this code does not know, as a newer Peiling would have recorded it.
    sqlite
      .prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', ?)")
      .run(Date.parse("2099-01-01T00:00:00Z"));
    await expect(applyMigrations(db)).rejects.toThrow(NewerDatabaseError);
    await expect(applyMigrations(db)).rejects.toThrow(/newer version of Peiling/);
    sqlite.close();
  });
});
