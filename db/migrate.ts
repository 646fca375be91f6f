import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { Db } from "./client";
import { engineFromEnvironment } from "./engine";
import type { PostgresDb } from "./postgres-connection";

/** The SQLite migrations (drizzle.config.ts). */
export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
/** The PostgreSQL migrations (drizzle.pg.config.ts), generated from the same schema. */
export const POSTGRES_MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations-pg");

/**
 * A number no other program on the server uses for an advisory lock: app instances started side by
 * side take it while they migrate, so one applies the migrations and the others wait and find
 * them applied (drizzle's migrator alone would let two of them create the same tables at once).
 */
const MIGRATION_LOCK = 7_343_101;

/**
 * Applies the committed drizzle-kit migrations for the engine the environment names; safe to run on
 * every start. Refuses a database that already carries a migration this code does not know — one
 * written by a newer version of Peiling: starting on it silently would run old code against a
 * schema it was never written for (issue 10, finding 8), on either engine.
 */
export async function applyMigrations(db: Db): Promise<void> {
  if (engineFromEnvironment() === "postgresql") {
    await applyPostgresMigrations(db as unknown as PostgresDb);
    return;
  }
  refuseNewerSqliteDatabase(db);
  migrateSqlite(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

async function applyPostgresMigrations(db: PostgresDb): Promise<void> {
  // The lock belongs to a session, so the lock, the migrations and the unlock share one connection.
  const client = await db.$client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      const { drizzle } = await import("drizzle-orm/node-postgres");
      const onClient = drizzle(client);
      // Two questions: PostgreSQL resolves every table a statement names before it runs it, so the
      // table's existence cannot be asked in the same statement that reads it.
      const table = await onClient.execute<{ found: string | null }>(
        sql`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS found`,
      );
      if (table.rows[0]?.found) {
        const recorded = await onClient.execute<{ at: string | null }>(
          sql`SELECT max(created_at)::text AS at FROM drizzle.__drizzle_migrations`,
        );
        refuseNewer(recorded.rows[0]?.at ?? null, POSTGRES_MIGRATIONS_FOLDER);
      }
      await migratePostgres(onClient, { migrationsFolder: POSTGRES_MIGRATIONS_FOLDER });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
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

function refuseNewerSqliteDatabase(db: Db): void {
  const sqlite = db.$client;
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return;
  const last = sqlite.prepare("SELECT max(created_at) AS at FROM __drizzle_migrations").get() as {
    at: number | null;
  };
  refuseNewer(last.at === null ? null : String(last.at), MIGRATIONS_FOLDER);
}

/**
 * Compares the newest migration the database records (drizzle stores the journal's `when`, in
 * milliseconds) with the newest this version ships in the folder.
 */
function refuseNewer(lastApplied: string | null, folder: string): void {
  if (lastApplied === null) return;
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  const known = Math.max(...journal.entries.map((entry) => entry.when));
  if (Number(lastApplied) > known) throw new NewerDatabaseError(Number(lastApplied), known);
}
