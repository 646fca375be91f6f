import fs from "node:fs";
import { type Db, databasePath, getDb, pingDatabase } from "@/db/client";
import { DatabaseMissingError } from "@/db/created-marker";
import { engineFromEnvironment } from "@/db/engine";
import { applyMigrations } from "@/db/migrate";
import { CliError } from "./cli-error";

/**
 * The database the CLI works on: the SQLite file at PEILING_DB, or the PostgreSQL database
 * DATABASE_URL names. Commands that only make sense on an existing installation refuse a missing
 * SQLite file instead of silently creating an empty database at a mistyped path; a PostgreSQL
 * server that does not answer is said in one line.
 */
export async function openDatabase({ create, migrate }: { create: boolean; migrate: boolean }): Promise<Db> {
  const file = databasePath();
  if (engineFromEnvironment() === "sqlite" && !create && !fs.existsSync(file)) {
    throw new CliError(
      `no database at ${file}\nSet PEILING_DB to the database file, or run \`npm run peiling -- setup\` first.`,
    );
  }
  let db: Db;
  try {
    db = getDb();
  } catch (error) {
    if (error instanceof DatabaseMissingError) throw new CliError(error.message);
    throw error;
  }
  if (engineFromEnvironment() === "postgresql") {
    try {
      await pingDatabase();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CliError(`the PostgreSQL database at ${databaseShown()} does not answer: ${reason}`);
    }
  }
  if (migrate) await applyMigrations(db);
  return db;
}

/** A PostgreSQL URL without its password, for messages; "(not a URL)" when it is none. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(not a URL)";
  }
}

/** The database the CLI works on, as messages name it: the SQLite file, or the PostgreSQL URL without its password. */
export function databaseShown(): string {
  return engineFromEnvironment() === "postgresql"
    ? redactedUrl(process.env.DATABASE_URL ?? "")
    : databasePath();
}
