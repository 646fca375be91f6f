// Hand-written SQL (drizzle's sql template) run on a handle or transaction, the same way on every
// engine: better-sqlite3 answers raw SQL through all/get/run, node-postgres through execute, and
// the query code calls these three instead of either (issue 12).
import type { SQL } from "drizzle-orm";
import type { QueryResult } from "pg";
import { databaseEngine, type Executor } from "./client";

/** Runs the query through node-postgres (the handle is one under the SQLite type, db/client.ts). */
async function onPostgres(ex: Executor, query: SQL): Promise<QueryResult> {
  return (ex as unknown as { execute: (query: SQL) => Promise<QueryResult> }).execute(query);
}

/** Every row the query returns, as plain objects keyed by column name. */
export async function queryRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  if (databaseEngine() === "postgresql") return (await onPostgres(ex, query)).rows as T[];
  return ex.all<T>(query);
}

/** The first row the query returns, or undefined. */
export async function queryRow<T>(ex: Executor, query: SQL): Promise<T | undefined> {
  if (databaseEngine() === "postgresql") return (await onPostgres(ex, query)).rows[0] as T | undefined;
  return ex.get<T>(query);
}

/** Runs a statement that returns no rows; says how many rows it changed. */
export async function execute(ex: Executor, query: SQL): Promise<number> {
  if (databaseEngine() === "postgresql") return (await onPostgres(ex, query)).rowCount ?? 0;
  return ex.run(query).changes;
}

/** The one row the query must return; a query that returns none is a fault, and throws. */
export async function requiredRow<T>(ex: Executor, query: SQL): Promise<T> {
  const found = await queryRow<T>(ex, query);
  if (found === undefined) throw new Error("the query returned no row");
  return found;
}
