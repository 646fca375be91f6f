import type { DatabaseEngine } from "../lib/operations/types";

/**
 * The engine the environment names: PostgreSQL when DATABASE_URL is a postgres:// or
 * postgresql:// URL, else SQLite (the file at PEILING_DB). The one place this is decided: the
 * schema's column kit (db/schema/kit.ts), the database handle and drizzle-kit's configs ask here.
 * Read from process.env, not lib/env.ts, because the schema is also loaded by drizzle-kit, where
 * the app's environment need not be complete.
 */
export function engineFromEnvironment(
  environment: Readonly<Record<string, string | undefined>> = process.env,
): DatabaseEngine {
  const url = environment.DATABASE_URL ?? "";
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}
