import { count as countRows, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";

/** How many rows of `table` meet `where` (all rows without one). */
export const count = async (table: SQLiteTable, where?: SQL) =>
  (await getDb().select({ n: countRows() }).from(table).where(where).limit(1))[0]?.n;
