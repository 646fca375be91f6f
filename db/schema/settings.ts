import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Small key/value settings kept in the database (shared by instances). */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
