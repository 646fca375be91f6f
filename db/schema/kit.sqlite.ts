import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

// The column kit for SQLite: everything a table in db/schema needs, under names that
// db/schema/kit.pg.ts exports too, so the tables are written once (import from "./kit") and built
// for either engine (issue 12). The kinds of column the tables share are each said once here: a
// row's id, a moment, the moments a row is made and changed, and the three ways a row refers to
// another. What SQLite builds from this kit is what the migrations in db/migrations were made
// from; a change here is a schema change.

export { index, integer, primaryKey, real, text, uniqueIndex };

/** A table. */
export const table = sqliteTable;

/** True or false, stored as 0 or 1. */
export const bool = <TName extends string>(name: TName) => integer(name, { mode: "boolean" });

/** A JSON value, stored as text. */
export const json = <TName extends string>(name: TName) => text(name, { mode: "json" });

/** The default of a JSON column that starts as an empty list. */
export const emptyJsonList = sql`'[]'`;

/** Current time in milliseconds, as SQLite computes it. */
export const now = sql`(unixepoch('subsec') * 1000)`;

/** The row's own number, counted up by the database. */
export const id = () => integer("id").primaryKey({ autoIncrement: true });

/** A moment, stored as milliseconds since 1970 and read as a Date. */
export const moment = <TName extends string>(name: TName) => integer(name, { mode: "timestamp_ms" });

/** A moment that is, unless the writer gives another, when the row is written. */
export const momentWritten = <TName extends string>(name: TName) => moment(name).notNull().default(now);

export const createdAt = () => momentWritten("created_at");

/** When the row last changed: the code that changes a row sets it (the database does not). */
export const updatedAt = () => momentWritten("updated_at");

/** The row this one is part of: always set, and deleting that row deletes this one. */
export const partOf = <TName extends string>(name: TName, whole: () => AnySQLiteColumn) =>
  integer(name).notNull().references(whole, { onDelete: "cascade" });

/**
 * A row this one mentions (the account that acted, the member who answered) without depending on
 * it: deleting that row leaves this one, with the reference null.
 */
export const mentions = <TName extends string>(name: TName, other: () => AnySQLiteColumn) =>
  integer(name).references(other, { onDelete: "set null" });

/**
 * A row this one needs: always set, and that row cannot be deleted while this one refers to it
 * (unless the same delete removes both).
 */
export const requires = <TName extends string>(name: TName, needed: () => AnySQLiteColumn) =>
  integer(name).notNull().references(needed);
