import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

/** Current time in milliseconds, as SQLite computes it. */
export const now = sql`(unixepoch('subsec') * 1000)`;
export const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(now);
