// The SQL that differs between the two engines (issue 12), in the few shapes the query code needs:
// bound values of a kind the engines store differently (moments, booleans, JSON), values read back
// from hand-written SQL, and the handful of functions whose names or behaviour differ. Query code
// written with drizzle's builder needs none of this: the columns map their values on both engines.
// A feature whose hand-written SQL needs more keeps it in one place of its own
// (lib/<feature>/data/*-sql.ts) built from these.
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { engineFromEnvironment } from "./engine";

/** True when this process runs on PostgreSQL (DATABASE_URL, db/engine.ts). */
export function onPostgres(): boolean {
  return engineFromEnvironment() === "postgresql";
}

// ---- values bound into hand-written SQL --------------------------------------------------------

/** A moment to compare with or store in a moment column: SQLite keeps milliseconds, PostgreSQL a timestamptz. */
export function momentValue(moment: Date | number): SQL {
  const at = typeof moment === "number" ? new Date(moment) : moment;
  return onPostgres() ? sql`${at.toISOString()}::timestamptz` : sql`${at.getTime()}`;
}

/**
 * A moment as the driver takes it for a moment column, for a prepared statement's placeholder that
 * bypasses the column's mapping (sql`${sql.placeholder("at")}`, so null passes too): milliseconds
 * for SQLite, ISO 8601 text for PostgreSQL.
 */
export function momentDriverValue(moment: Date | number | null): number | string | null {
  if (moment === null) return null;
  const at = typeof moment === "number" ? new Date(moment) : moment;
  return onPostgres() ? at.toISOString() : at.getTime();
}

/** A boolean to compare with or store in a boolean column: SQLite keeps 1 or 0. */
export function booleanValue(value: boolean): SQL {
  return onPostgres() ? sql`${value}::boolean` : sql`${value ? 1 : 0}`;
}

/** A value to store in a JSON column: SQLite keeps the text, PostgreSQL jsonb. */
export function jsonValue(value: unknown): SQL {
  const text = JSON.stringify(value);
  return onPostgres() ? sql`${text}::jsonb` : sql`${text}`;
}

// ---- values read back from hand-written SQL ----------------------------------------------------

/**
 * A moment column's value as hand-written SQL returns it: milliseconds from SQLite, text from
 * PostgreSQL (drizzle's driver leaves timestamps as text), or null.
 */
export function readMoment(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number") return new Date(value);
  if (typeof value === "bigint") return new Date(Number(value));
  if (typeof value === "string") {
    // "2026-03-02 08:45:00.123+00" → ISO 8601, which every JS engine reads the same way.
    const iso = /^\d{4}-\d{2}-\d{2} /.test(value)
      ? value.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")
      : value;
    const at = new Date(/^\d+$/.test(iso) ? Number(iso) : iso);
    if (!Number.isNaN(at.getTime())) return at;
  }
  throw new Error(`not a moment: ${String(value)}`);
}

/** A moment as milliseconds since 1970, from hand-written SQL; null stays null. */
export function readMomentMs(value: unknown): number | null {
  return readMoment(value)?.getTime() ?? null;
}

/** A boolean column's value from hand-written SQL: 1/0 from SQLite, true/false from PostgreSQL. */
export function readBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === "1" || value === "t" || value === "true";
}

/** A JSON column's value from hand-written SQL: text from SQLite, already parsed from PostgreSQL. */
export function readJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

// ---- functions ---------------------------------------------------------------------------------

/**
 * A moment column as milliseconds since 1970 (a double), for SQL that does arithmetic on moments
 * or returns them as numbers on both engines.
 */
export function epochMs(moment: SQLWrapper): SQL<number> {
  return onPostgres() ? sql<number>`(extract(epoch from ${moment}) * 1000)::float8` : sql<number>`${moment}`;
}

/** The current moment, as a moment column holds it. */
export function currentMoment(): SQL {
  return onPostgres() ? sql`now()` : sql`(unixepoch('subsec') * 1000)`;
}

/** JSON path steps as PostgreSQL's text array literal and SQLite's '$.a[0].b' path. */
function jsonPaths(steps: (string | number)[]): { pg: string; sqlite: string } {
  for (const step of steps) {
    if (typeof step === "string" && !/^[A-Za-z0-9_-]+$/.test(step))
      throw new Error(`unsafe JSON key: ${step}`);
  }
  return {
    pg: `{${steps.join(",")}}`,
    sqlite: `$${steps.map((step) => (typeof step === "number" ? `[${step}]` : `."${step}"`)).join("")}`,
  };
}

/** The text at a path inside a JSON value (numbers and booleans as their JSON text; null when absent). */
export function jsonText(json: SQLWrapper, ...steps: (string | number)[]): SQL<string | null> {
  const paths = jsonPaths(steps);
  return onPostgres()
    ? sql<string | null>`(${json} #>> ${paths.pg})`
    : sql<
        string | null
      >`(CASE json_type(${json}, ${paths.sqlite}) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE CAST(json_extract(${json}, ${paths.sqlite}) AS TEXT) END)`;
}

/** The number at a path inside a JSON value (null when absent or not a number). */
export function jsonNumber(json: SQLWrapper, ...steps: (string | number)[]): SQL<number | null> {
  const paths = jsonPaths(steps);
  return onPostgres()
    ? sql<
        number | null
      >`(CASE WHEN jsonb_typeof(${json} #> ${paths.pg}) = 'number' THEN (${json} #>> ${paths.pg})::float8 END)`
    : sql<
        number | null
      >`(CASE WHEN json_type(${json}, ${paths.sqlite}) IN ('integer', 'real') THEN json_extract(${json}, ${paths.sqlite}) END)`;
}

/**
 * A table of a JSON array's elements, for a FROM clause: one row per element, its JSON text in
 * `<alias>.value` (strings without quotes) and its position from 0 in `<alias>.position`.
 */
export function jsonArrayElements(json: SQLWrapper, alias: string): SQL {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`unsafe alias: ${alias}`);
  const name = sql.raw(alias);
  return onPostgres()
    ? sql`(SELECT e.value #>> '{}' AS value, (e.ordinality - 1)::integer AS position FROM jsonb_array_elements(${json}) WITH ORDINALITY AS e(value, ordinality)) AS ${name}`
    : sql`(SELECT CAST(j.value AS TEXT) AS value, j.key AS position FROM json_each(${json}) AS j) AS ${name}`;
}

/** The sum of a numeric expression, 0 (a double) for no rows, like SQLite's total(). */
export function total(expression: SQLWrapper): SQL<number> {
  return onPostgres()
    ? sql<number>`coalesce(sum(${expression}), 0)::float8`
    : sql<number>`total(${expression})`;
}

/**
 * `value LIKE pattern`, ignoring case in ASCII letters on both engines (SQLite's LIKE does; on
 * PostgreSQL that is ILIKE), with backslash escaping %, _ and itself in the pattern.
 */
export function likeIgnoringCase(value: SQLWrapper, pattern: string): SQL<boolean> {
  return onPostgres()
    ? sql<boolean>`${value} ILIKE ${pattern} ESCAPE '\\'`
    : sql<boolean>`${value} LIKE ${pattern} ESCAPE '\\'`;
}

/** A LIKE pattern matching text that contains `text` literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (special) => `\\${special}`)}%`;
}

// ---- errors ------------------------------------------------------------------------------------

/**
 * Whether a failed query broke a unique constraint (SQLite's SQLITE_CONSTRAINT_UNIQUE or
 * PRIMARYKEY, PostgreSQL's 23505), looking through drizzle's wrapper to the driver's error. On
 * PostgreSQL a failed statement spoils the transaction it ran in: code that goes on after one
 * runs the statement in a savepoint (tx.transaction) or uses ON CONFLICT instead.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "23505")
      return true;
  }
  return false;
}
