import "server-only";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { jsonNumber, jsonText } from "@/db/dialect";

/*
 * The SQL of publishing and the public listing that differs between SQLite and PostgreSQL
 * (issue 12), in one place: reads inside JSON columns (TEXT on SQLite, jsonb on PostgreSQL),
 * built from db/dialect.ts. Everything else in result-publication*.ts is the query builder.
 */

/** An audit entry's details say the survey was closed (survey.status_changed with transition "close"). */
export function isCloseTransition(details: SQLWrapper): SQL<boolean> {
  return sql<boolean>`${jsonText(details, "transition")} = 'close'`;
}

/** The snapshot's title, for the public listing. */
export function snapshotTitle(snapshot: SQLWrapper): SQL<string> {
  return sql<string>`${jsonText(snapshot, "survey", "title")}`;
}

/** The snapshot's number of respondents, for the public listing. */
export function snapshotRespondents(snapshot: SQLWrapper): SQL<number> {
  return sql<number>`${jsonNumber(snapshot, "method", "respondents")}`.mapWith(Number);
}

/** The snapshot's public summary, for the public listing. */
export function snapshotSummary(snapshot: SQLWrapper): SQL<string> {
  return sql<string>`${jsonText(snapshot, "summary")}`;
}

/** The snapshot was made in this format (a number at its top level). */
export function snapshotHasFormat(snapshot: SQLWrapper, format: number): SQL<boolean> {
  return sql<boolean>`${jsonNumber(snapshot, "format")} = ${format}`;
}
