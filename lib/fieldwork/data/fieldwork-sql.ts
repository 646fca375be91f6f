import "server-only";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { onPostgres } from "@/db/dialect";
import { HOUR_MS } from "@/lib/responses/fieldwork-days";

/*
 * The one place where the fieldwork feature's SQL differs between the engines (issue 12). The rest
 * of lib/fieldwork/data is written with drizzle's builder and db/dialect.ts.
 */

/**
 * The whole hours since 1970 (UTC) of a moment column, an integer on both engines: SQLite keeps
 * milliseconds (integer division), PostgreSQL a timestamptz. No bound parameter, so the same
 * expression can be selected and grouped by.
 */
export function hourNumber(moment: SQLWrapper): SQL<number> {
  return onPostgres()
    ? sql<number>`floor(extract(epoch from ${moment}) / ${sql.raw(String(HOUR_MS / 1000))})::integer`
    : sql<number>`(${moment} / ${sql.raw(String(HOUR_MS))})`;
}
