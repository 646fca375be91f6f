import "server-only";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { onPostgres } from "@/db/dialect";
import { HOUR_MS } from "@/lib/responses/fieldwork-days";

/*
 * The responses feature's SQL that differs between SQLite and PostgreSQL (issue 12), in one place.
 * The rest of lib/responses/data writes its queries with the builder or with SQL both engines read.
 */

/**
 * The UTC hour of a moment column as a whole number of hours since 1970 (what foldHoursIntoDays
 * takes): SQLite keeps milliseconds and divides them, PostgreSQL takes the epoch of a timestamptz.
 */
export function utcHourOf(moment: SQLWrapper): SQL<number> {
  return onPostgres()
    ? sql<number>`floor(extract(epoch from ${moment}) / 3600)::integer`
    : sql<number>`(${moment} / ${sql.raw(String(HOUR_MS))})`;
}

/**
 * The invitation id in a reminder mail's dedupe key (`reminder:<invitationId>:<n>`), as text: a key
 * of another shape gives some other text and no error (text, not a cast, for that reason).
 */
export function reminderInvitationIdText(dedupeKey: SQLWrapper): SQL<string> {
  return onPostgres()
    ? sql<string>`split_part(${dedupeKey}, ':', 2)`
    : sql<string>`substr(${dedupeKey}, 10, instr(substr(${dedupeKey}, 10), ':') - 1)`;
}

/**
 * The order rows were written in, for ORDER BY: SQLite's rowid, PostgreSQL's physical place (ctid).
 * Only to check that rows written anew do not keep an older order.
 */
export function physicalRowOrder(): SQL {
  return onPostgres() ? sql`ctid` : sql`rowid`;
}
