import fs from "node:fs";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";
import { refuseUnwiredEngine } from "./engine";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * Applies the committed drizzle-kit migrations; safe to run on every start. Refuses a database
 * that already carries a migration this code does not know — one written by a newer version of
 * Peiling: starting on it silently would run old code against a schema it was never written for
 * (issue 10, finding 8).
 */
export function applyMigrations(db: Db): void {
  refuseUnwiredEngine();
  refuseNewerDatabase(db);
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** Thrown when the database was migrated by a newer version of Peiling. */
export class NewerDatabaseError extends Error {
  constructor(applied: number, known: number) {
    super(
      `This database was last migrated by a newer version of Peiling (a migration of ${new Date(applied).toISOString()}; ` +
        `this version knows migrations up to ${new Date(known).toISOString()}). ` +
        "Start the newer version again, or restore a backup made with this version.",
    );
    this.name = "NewerDatabaseError";
  }
}

function refuseNewerDatabase(db: Db): void {
  const sqlite = db.$client;
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return;
  const last = sqlite.prepare("SELECT max(created_at) AS at FROM __drizzle_migrations").get() as {
    at: number | null;
  };
  if (last.at === null) return;
  const journal = JSON.parse(
    fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
  ) as {
    entries: { when: number }[];
  };
  const known = Math.max(...journal.entries.map((entry) => entry.when));
  if (Number(last.at) > known) throw new NewerDatabaseError(Number(last.at), known);
}
