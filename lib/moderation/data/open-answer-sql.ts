import "server-only";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { onPostgres } from "@/db/dialect";

/*
 * The moderation queue's SQL that differs between SQLite and PostgreSQL (issue 12), in one place:
 * the open text inside a stored answer (JSON: a string for a text question, `{ other: "…" }` for
 * "anders, namelijk"). Everything else in open-answer*.ts is the same on both engines.
 */

/**
 * The JSON string at a path inside a JSON value (the whole value when no step is given), without
 * its quotes; NULL when the value there is not a string (a number, an object, absent).
 */
export function jsonStringAt(json: SQLWrapper, ...steps: string[]): SQL<string | null> {
  for (const step of steps) if (!/^[A-Za-z0-9_]+$/.test(step)) throw new Error(`unsafe JSON key: ${step}`);
  if (onPostgres()) {
    const path = sql.raw(`'{${steps.join(",")}}'`);
    return sql<
      string | null
    >`(CASE WHEN jsonb_typeof(${json} #> ${path}) = 'string' THEN ${json} #>> ${path} END)`;
  }
  const path = sql.raw(`'$${steps.map((step) => `.${step}`).join("")}'`);
  // json_valid first: json_type of text that is not JSON is an error on SQLite.
  return sql<
    string | null
  >`(CASE WHEN json_valid(${json}) AND json_type(${json}, ${path}) = 'text' THEN json_extract(${json}, ${path}) END)`;
}
