import { table, text } from "./kit";

/** Small key/value settings kept in the database (shared by instances). */
export const settings = table("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
