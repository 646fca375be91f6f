import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// The column kit for PostgreSQL: the same names as db/schema/kit.sqlite.ts, each built the
// PostgreSQL way (issue 12; the mapping is in ARCHITECTURE.md, "Two engines"). The tables in
// db/schema import "./kit", which hands them this kit when DATABASE_URL names PostgreSQL; the
// migrations in db/migrations-pg are generated from what it builds.
//
// Integers: PostgreSQL's integer is 32-bit. No integer column of the schema holds milliseconds
// (moments are timestamps here) or can pass 2^31 (ids, counts of responses, sizes, years,
// versions), so `integer` stays integer; a column that could must use bigint (mode number) here.

export { index, integer, primaryKey, text, uniqueIndex };

/** A table. */
export const table = pgTable;

/** A floating-point number (SQLite's real is 8 bytes too). */
export const real = doublePrecision;

/** True or false. */
export const bool = boolean;

/** A JSON value, stored as jsonb. */
export const json = jsonb;

/** The default of a JSON column that starts as an empty list ('[]' is a valid jsonb literal). */
export const emptyJsonList = sql`'[]'`;

/** Current time, as PostgreSQL computes it. */
export const now = sql`now()`;

/**
 * The row's own number, counted up by the database. BY DEFAULT rather than ALWAYS, so a copy of a
 * SQLite database can insert its ids (and then move the sequence past them).
 */
export const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();

/** A moment, with time zone and milliseconds, read as a Date. */
export const moment = <TName extends string>(name: TName) =>
  timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

/** A moment that is, unless the writer gives another, when the row is written. */
export const momentWritten = <TName extends string>(name: TName) => moment(name).notNull().default(now);

export const createdAt = () => momentWritten("created_at");

/** When the row last changed: the code that changes a row sets it (the database does not). */
export const updatedAt = () => momentWritten("updated_at");

/** The row this one is part of: always set, and deleting that row deletes this one. */
export const partOf = <TName extends string>(name: TName, whole: () => AnyPgColumn) =>
  integer(name).notNull().references(whole, { onDelete: "cascade" });

/** A row this one mentions without depending on it: deleting that row sets the reference null. */
export const mentions = <TName extends string>(name: TName, other: () => AnyPgColumn) =>
  integer(name).references(other, { onDelete: "set null" });

/** A row this one needs: always set, and that row cannot be deleted while this one refers to it. */
export const requires = <TName extends string>(name: TName, needed: () => AnyPgColumn) =>
  integer(name).notNull().references(needed);
