import "server-only";
import { getDb } from "@/db/client";
import { addToView, type CubeView } from "@/lib/results/aggregate-view";
import { DIMENSIONS, type Dimension, type ResultFilters } from "@/lib/results/types";
import type { CellWeight } from "@/lib/results/weights";

/*
 * The SQL over the results cube: one GROUP BY over the survey's cube rows that match the filters,
 * by (question, item, value) and the breakdown's dimension, with the weighted sums beside the
 * counts when weights are given. Never a response row.
 */

/** The cube column of each dimension (panel 0 = no panel; "" = unknown). */
export const DIMENSION_COLUMNS: Record<Dimension, string> = {
  channel: "channel",
  panel: "panel_id",
  district: "district",
  age_group: "age_group",
  sex: "sex",
};

/** Filters that hold a value; a panel filter that is not a whole number matches nothing. */
export function cleanFilters(filters: ResultFilters | undefined): ResultFilters {
  const clean: ResultFilters = {};
  for (const dimension of DIMENSIONS) {
    const value = filters?.[dimension];
    if (typeof value === "string" && value !== "") clean[dimension] = value;
  }
  return clean;
}

/** The responses table's columns as the cube stores them (no panel = 0, unknown = ""). */
export function responseDimension(alias: string, dimension: Dimension): string {
  const column = `${alias}.${DIMENSION_COLUMNS[dimension]}`;
  return dimension === "channel" ? column : `coalesce(${column}, ${dimension === "panel" ? "0" : "''"})`;
}

/**
 * "AND column = ?" per filter, on the cube's table alias given (or, with `responses`, on the
 * responses table's alias), with the values to bind.
 */
export function filterClause(
  filters: ResultFilters,
  alias: string,
  table: "cube" | "responses" = "cube",
): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const dimension of DIMENSIONS) {
    const value = filters[dimension];
    if (value === undefined) continue;
    const column =
      table === "cube" ? `${alias}.${DIMENSION_COLUMNS[dimension]}` : responseDimension(alias, dimension);
    parts.push(`AND ${column} = ?`);
    params.push(dimension === "panel" ? (/^\d+$/.test(value) ? Number(value) : -1) : value);
  }
  return { sql: parts.join(" "), params };
}

type Row = {
  q: string;
  item: string;
  value: string;
  g: string | number;
  n: number;
  wn: number;
  ws: number;
  ws2: number;
};

/**
 * The weights of this query in a temporary table of this connection (never in the database file),
 * keyed by cell: SQLite looks each cube row's weight up by key, where a join to a list passed as
 * JSON would scan the list for every row. The process is single-threaded and the query synchronous,
 * so no other query sees another's weights.
 */
export function loadWeights(weights: readonly CellWeight[]): void {
  const sqlite = getDb().$client;
  sqlite.exec(
    `CREATE TEMP TABLE IF NOT EXISTS result_weights (
       age_group TEXT NOT NULL, sex TEXT NOT NULL, district TEXT NOT NULL, weight REAL NOT NULL,
       PRIMARY KEY (age_group, sex, district)) WITHOUT ROWID`,
  );
  sqlite.transaction(() => {
    sqlite.prepare("DELETE FROM temp.result_weights").run();
    const insert = sqlite.prepare("INSERT INTO temp.result_weights VALUES (?, ?, ?, ?)");
    for (const c of weights) insert.run(c.ageGroup, c.sex, c.district, c.weight);
  })();
}

/**
 * The filtered cube summed per (question, item, value), per group of `groupBy` when given: the
 * views by group value (as text), and the view of all groups together.
 */
export function queryCubeViews(
  surveyId: number,
  filters: ResultFilters,
  groupBy: Dimension | null,
  weights: readonly CellWeight[] | null,
): { total: CubeView; groups: Map<string, CubeView> } {
  const where = filterClause(filters, "c");
  const group = groupBy ? `c.${DIMENSION_COLUMNS[groupBy]}` : "''";
  const weighted = weights !== null && weights.length > 0;
  if (weighted) loadWeights(weights);
  const sql = weighted
    ? `SELECT c.question_id AS q, c.item, c.value, ${group} AS g, sum(c.count) AS n,
              sum(CASE WHEN w.weight IS NULL THEN 0 ELSE c.count END) AS wn,
              total(c.count * w.weight) AS ws, total(c.count * w.weight * w.weight) AS ws2
       FROM result_cells c
       LEFT JOIN temp.result_weights w ON c.channel = 'panel' AND w.age_group = c.age_group
                  AND w.sex = c.sex AND w.district = c.district
       WHERE c.survey_id = ? ${where.sql}
       GROUP BY c.question_id, c.item, c.value, g`
    : `SELECT c.question_id AS q, c.item, c.value, ${group} AS g, sum(c.count) AS n, 0 AS wn, 0 AS ws, 0 AS ws2
       FROM result_cells c
       WHERE c.survey_id = ? ${where.sql}
       GROUP BY c.question_id, c.item, c.value, g`;
  const params = [surveyId, ...where.params];
  const rows = getDb()
    .$client.prepare(sql)
    .all(...params) as Row[];

  const total: CubeView = new Map();
  const groups = new Map<string, CubeView>();
  for (const row of rows) {
    const figure = { count: row.n, weightedCount: row.wn, weightSum: row.ws, weightSquareSum: row.ws2 };
    addToView(total, row.q, row.item, row.value, figure);
    if (!groupBy) continue;
    const key = String(row.g);
    let view = groups.get(key);
    if (!view) {
      view = new Map();
      groups.set(key, view);
    }
    addToView(view, row.q, row.item, row.value, { ...figure });
  }
  return { total, groups };
}

/**
 * Approved open answers per question (the moderation queue's own rows, not "anders" texts), in the
 * same view: filtered on the responses' attributes, per group when a dimension is given.
 */
export function approvedCounts(
  surveyId: number,
  filters: ResultFilters,
  groupBy: Dimension | null,
): { total: Record<string, number>; groups: Map<string, Record<string, number>> } {
  const where = filterClause(filters, "r", "responses");
  const group = groupBy ? responseDimension("r", groupBy) : "''";
  const rows = getDb()
    .$client.prepare(
      `SELECT o.question_id AS q, ${group} AS g, count(*) AS n
       FROM open_answer_reviews o JOIN responses r ON r.id = o.response_id
       WHERE o.survey_id = ? AND o.status = 'approved' AND o.item = '' AND r.status = 'completed' ${where.sql}
       GROUP BY o.question_id, g`,
    )
    .all(surveyId, ...where.params) as { q: string; g: string | number; n: number }[];
  const total: Record<string, number> = {};
  const groups = new Map<string, Record<string, number>>();
  for (const row of rows) {
    total[row.q] = (total[row.q] ?? 0) + row.n;
    const key = String(row.g);
    const counts = groups.get(key) ?? {};
    counts[row.q] = (counts[row.q] ?? 0) + row.n;
    groups.set(key, counts);
  }
  return { total, groups };
}
