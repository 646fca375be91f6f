import fs from "node:fs";
import { type Db, databasePath, getDb } from "@/db/client";
import { DatabaseMissingError } from "@/db/created-marker";
import { refuseUnwiredEngine } from "@/db/engine";
import { applyMigrations } from "@/db/migrate";
import { CliError } from "./cli-error";

/**
 * The database the CLI works on (PEILING_DB). Commands that only make sense on an existing
 * installation refuse a missing file instead of silently creating an empty database at a mistyped
 * path.
 */
export async function openDatabase({ create, migrate }: { create: boolean; migrate: boolean }): Promise<Db> {
  try {
    refuseUnwiredEngine();
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const file = databasePath();
  if (!create && !fs.existsSync(file)) {
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
  if (migrate) await applyMigrations(db);
  return db;
}
