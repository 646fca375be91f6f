import "server-only";
import { type AnyColumn, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { getDb, type Tx } from "@/db/client";
import { onPostgres } from "@/db/dialect";
import { execute, queryRows } from "@/db/raw-sql";
import { transaction } from "@/db/transaction";
import { type ConditionDialect, SQLITE_CONDITIONS } from "@/lib/results/aggregate-condition-sql";
import type { CellWeight } from "@/lib/results/weights";

/*
 * The results feature's SQL that differs between SQLite and PostgreSQL (issue 12), as fragments the
 * results queries put together (survey-results-query.ts, survey-results-by-question.ts,
 * cross-tab.ts, result-cells.ts). Both engines must give the same numbers, to the last bit, as the
 * public results page is built from them:
 * - weighted sums: SQLite's total() adds floats with compensation (Kahan-Babuska-Neumaier, since
 *   3.43), which gives the correctly rounded sum of the terms; PostgreSQL's sum(float8) adds them
 *   one by one in whatever order the plan reads them, which differs in the last bits most of the
 *   time. PostgreSQL therefore adds every term exactly (numeric) and rounds once (weightTotal).
 * - values read from stored answers: SQLite returns its own scalars (text, integer, real),
 *   PostgreSQL returns jsonb, which its driver parses to the same JavaScript strings and numbers;
 *   the callers take String() of them either way.
 * - ordering of text: byte order (SQLite's BINARY, PostgreSQL's "C" collation).
 */

// ---- the weights of one query ---------------------------------------------------------------

/**
 * The weights of one query, per cell (lib/results/weights.ts). On SQLite a temporary table of the
 * connection (never in the database file, so not in db/schema); on PostgreSQL the same rows
 * from one bound JSON parameter.
 */
export const resultWeights = sqliteTable("result_weights", {
  ageGroup: text("age_group").notNull(),
  sex: text("sex").notNull(),
  district: text("district").notNull(),
  weight: real("weight").notNull(),
});

/**
 * SQLite: the weights in a temporary table of this connection, keyed by cell, so SQLite looks each
 * cube row's weight up by key, where a join to a list passed as JSON would scan the list for every
 * row. Loaded and queried in one transaction (queryWeighted), so no other request's weights replace
 * them in between.
 */
async function loadWeights(db: Tx, weights: readonly CellWeight[]): Promise<void> {
  const w = resultWeights;
  const name = (column: AnyColumn) => sql.identifier(column.name);
  await execute(
    db,
    sql`CREATE TEMP TABLE IF NOT EXISTS ${w} (
       ${name(w.ageGroup)} TEXT NOT NULL, ${name(w.sex)} TEXT NOT NULL, ${name(w.district)} TEXT NOT NULL,
       ${name(w.weight)} REAL NOT NULL,
       PRIMARY KEY (${name(w.ageGroup)}, ${name(w.sex)}, ${name(w.district)})) WITHOUT ROWID`,
  );
  // Unqualified, "result_weights" is the temporary table: SQLite looks in temp before main. The
  // caller's transaction (queryWeighted) holds the delete and the inserts together.
  await db.delete(w);
  const insert = db
    .insert(w)
    .values({
      ageGroup: sql.placeholder("ageGroup"),
      sex: sql.placeholder("sex"),
      district: sql.placeholder("district"),
      weight: sql.placeholder("weight"),
    })
    .prepare();
  for (const c of weights) await insert.execute(c);
}

/**
 * PostgreSQL: the weights as rows of one JSON parameter (a few hundred cells at most; the planner
 * hashes them). float8 reads each weight's shortest decimal back to the same double.
 */
function weightsRows(weights: readonly CellWeight[]): SQL {
  const rows = JSON.stringify(
    weights.map((c) => ({ age_group: c.ageGroup, sex: c.sex, district: c.district, weight: c.weight })),
  );
  return sql`(SELECT * FROM jsonb_to_recordset(${rows}::jsonb) AS x(age_group text, sex text, district text, weight float8))`;
}

/**
 * Runs a results query that joins the weights (`query` is given the table to join, to be aliased
 * like resultWeights), with these weights (none when null or empty): on SQLite in one reading
 * transaction with the temporary table.
 */
export async function queryWeighted<T>(
  weights: readonly CellWeight[] | null,
  query: (weightsTable: SQL) => SQL,
): Promise<T[]> {
  const given = weights ?? [];
  // PostgreSQL: one statement, which sees one snapshot by itself.
  if (onPostgres()) return queryRows<T>(getDb(), query(weightsRows(given)));
  return transaction(
    async (tx) => {
      if (given.length > 0) await loadWeights(tx, given);
      return queryRows<T>(tx, query(sql`temp.${resultWeights}`));
    },
    { readOnly: true },
  );
}

// ---- sums ------------------------------------------------------------------------------------

const TWO_30 = 1073741824;
const TWO_60 = "1152921504606846976";

/**
 * The sum of a float expression, 0 for no rows, as the correctly rounded exact sum of its terms.
 * PostgreSQL: each term x (a double, |x| < 2^33, 0 or |x| ≥ 2^-38: products of counts and weights)
 * is exactly floor(x·2^30)/2^30 + frac(x·2^30)·2^60/2^90, both numerators whole numbers; their
 * numeric sum is exact, and its conversion to float8 rounds once.
 */
export function weightTotal(term: SQLWrapper): SQL<number> {
  if (!onPostgres()) return sql<number>`total(${term})`;
  const scaled = sql`((${term}) * ${sql.raw(String(TWO_30))}::float8)`;
  return sql<number>`coalesce(sum(floor(${scaled})::int8::numeric * ${sql.raw(TWO_60)}
    + ((${scaled} - floor(${scaled})) * ${sql.raw(TWO_60)}::float8)::int8)::float8 * power(2::float8, -90), 0)::float8`;
}

// ---- values in stored answers ----------------------------------------------------------------

function pgPath(keys: readonly string[]): string {
  return `{${keys.map((key) => `"${key.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

/**
 * PostgreSQL's json_each: the value at a path (a text[]) in a jsonb value, as rows `j` (jsonb) with
 * their `type`, `key` (an object's member) and `pos` (an array's position from 1): one row for a
 * scalar, one per element or member, none when absent. The text around the value and the path.
 */
const PG_JSON_EACH = [
  "(SELECT y.key, y.pos, y.j, jsonb_typeof(y.j) AS type FROM (SELECT (",
  ") #> ",
  ` AS n) s
    CROSS JOIN LATERAL (SELECT NULL::text AS key, NULL::integer AS pos, s.n AS j WHERE jsonb_typeof(s.n) NOT IN ('array', 'object')
      UNION ALL SELECT NULL, t.o::integer, t.j FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.n) = 'array' THEN s.n END) WITH ORDINALITY AS t(j, o)
      UNION ALL SELECT u.k, NULL, u.j FROM jsonb_each(CASE WHEN jsonb_typeof(s.n) = 'object' THEN s.n END) AS u(k, j)) y)`,
] as const;

const POSTGRES_CONDITIONS: ConditionDialect = {
  values: (answer) => `${PG_JSON_EACH[0]}${answer}${PG_JSON_EACH[1]}?::text[]${PG_JSON_EACH[2]} e`,
  path: pgPath,
  isNumber: "e.type = 'number'",
  isText: "e.type = 'string'",
  number: "(CASE WHEN e.type = 'number' THEN (e.j #>> '{}')::float8 END)",
  text: "(e.j #>> '{}')",
  never: "FALSE",
};

/** The display conditions' SQL (lib/results/aggregate-condition-sql.ts) for this engine. */
export function conditionDialect(): ConditionDialect {
  return onPostgres() ? POSTGRES_CONDITIONS : SQLITE_CONDITIONS;
}

const safeAlias = (alias: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`unsafe alias: ${alias}`);
  return alias;
};

/**
 * An inner join of the values at `keys` in a stored answer (json_each: one row for a scalar, one
 * per element of a list or member of an object, none when absent), named `alias`; read them with
 * jsonEachColumns.
 */
export function joinJsonEach(json: SQLWrapper, keys: readonly string[], alias: string): SQL {
  const name = sql.raw(safeAlias(alias));
  if (!onPostgres()) return sql`JOIN json_each(${json}, ${SQLITE_CONDITIONS.path(keys)}) ${name}`;
  const [before, between, after] = PG_JSON_EACH.map((piece) => sql.raw(piece));
  return sql`CROSS JOIN LATERAL ${before}${json}${between}${pgPath(keys)}::text[]${after} ${name}`;
}

/** The columns of a joinJsonEach row, as the results queries read them. */
export function jsonEachColumns(alias: string): {
  /** The value, as returned to JavaScript (a string or number; String() it). */
  value: SQL;
  /** The value as text (an option id in a list). */
  text: SQL;
  /** An object member's name (a Likert statement). */
  key: SQL;
  /** An array element's position from 1 (a ranking), as returned to JavaScript. */
  position: SQL;
  /** The value is a string or a number. */
  isScalar: SQL;
} {
  const e = sql.raw(safeAlias(alias));
  return onPostgres()
    ? {
        value: sql`${e}.j`,
        text: sql`(${e}.j #>> '{}')`,
        key: sql`${e}.key`,
        position: sql`to_jsonb(${e}.pos)`,
        isScalar: sql`${e}.type IN ('string', 'number')`,
      }
    : {
        value: sql`${e}.value`,
        text: sql`${e}.value`,
        key: sql`${e}.key`,
        position: sql`${e}.key + 1`,
        isScalar: sql`${e}.type IN ('text', 'integer', 'real')`,
      };
}

/** The value at an object key of a stored answer (or the whole answer), as returned to JavaScript. */
export function answerValue(json: SQLWrapper, key: "choice" | null): SQL {
  if (onPostgres()) return key === null ? sql`${json}` : sql`(${json} -> ${key}::text)`;
  return key === null ? sql`${json} ->> '$'` : sql`${json} ->> ${sql.raw(`'$.${key}'`)}`;
}

/** A literal in a column of values from answerValue/jsonEachColumns. */
export function valueLiteral(value: string): SQL {
  return onPostgres() ? sql`${JSON.stringify(value)}::jsonb` : sql`${value}`;
}

/**
 * A response's answers as one JSON object (question id → stored answer), aggregated over rows of
 * `answers` aliased `a`; `{}` when there are none. Read it with readJson.
 */
export function answersObject(questionId: SQLWrapper, value: SQLWrapper): SQL {
  return onPostgres()
    ? sql`coalesce(jsonb_object_agg(${questionId}, ${value}), '{}'::jsonb)`
    : sql`json_group_object(${questionId}, json(${value}))`;
}

// ---- order ------------------------------------------------------------------------------------

/** A text expression ordered by its bytes (code points), as SQLite's BINARY collation does. */
export function byteOrder(expression: SQLWrapper): SQL {
  return onPostgres() ? sql`${expression} COLLATE "C"` : sql`${expression}`;
}

/** A column the planner is not to use an index for (SQLite's unary +); PostgreSQL plans for itself. */
export function unindexed(column: SQLWrapper): SQL {
  return onPostgres() ? sql`${column}` : sql`+${column}`;
}

// ---- writing --------------------------------------------------------------------------------

/**
 * Cube rows per INSERT when a cube is rebuilt: SQLite runs one prepared single-row statement
 * fastest (no round trip); on PostgreSQL every statement is a round trip, so rows go in batches
 * (10 parameters a row, well under its 65,535).
 */
export function cubeRowsPerInsert(): number {
  return onPostgres() ? 1000 : 1;
}
