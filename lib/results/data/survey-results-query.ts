import "server-only";
import { type AnyColumn, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { queryRows } from "@/db/raw-sql";
import { openAnswerReviews, responses, resultCells } from "@/db/schema";
import { addToView, type CubeView } from "@/lib/results/aggregate-view";
import { DIMENSIONS, type Dimension, type ResultFilters } from "@/lib/results/types";
import type { CellWeight } from "@/lib/results/weights";
import { byteOrder, queryWeighted, resultWeights, weightTotal } from "./results-sql";

/*
 * The SQL over the results cube: one GROUP BY over the survey's cube rows that match the filters,
 * by (question, item, value) and the breakdown's dimension, with the weighted sums beside the
 * counts when weights are given. Never a response row.
 */

/**
 * The column of each dimension, by its name in the schema: the cube's (panel 0 = no panel;
 * "" = unknown) and the responses table's (null = none) have the same names.
 */
export const DIMENSION_COLUMNS = {
  channel: "channel",
  panel: "panelId",
  district: "district",
  age_group: "ageGroup",
  sex: "sex",
} as const satisfies Record<Dimension, keyof typeof resultCells & keyof typeof responses>;

/** The cube, the responses table, or an alias of either: what has the dimensions' columns. */
export type DimensionColumns = Record<(typeof DIMENSION_COLUMNS)[Dimension], AnyColumn>;

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
export function responseDimension(table: DimensionColumns, dimension: Dimension): SQL {
  const column = table[DIMENSION_COLUMNS[dimension]];
  return dimension === "channel"
    ? sql`${column}`
    : sql`coalesce(${column}, ${sql.raw(dimension === "panel" ? "0" : "''")})`;
}

/**
 * " AND column = value" per filter (the value bound), on the cube or an alias of it (or, with
 * `responses`, on the responses table or an alias of it); empty without filters.
 */
export function filterClause(
  filters: ResultFilters,
  table: DimensionColumns,
  kind: "cube" | "responses" = "cube",
): SQL {
  const parts: SQL[] = [];
  for (const dimension of DIMENSIONS) {
    const value = filters[dimension];
    if (value === undefined) continue;
    const column =
      kind === "cube" ? sql`${table[DIMENSION_COLUMNS[dimension]]}` : responseDimension(table, dimension);
    const bound = dimension === "panel" ? (/^\d+$/.test(value) ? Number(value) : -1) : value;
    parts.push(sql` AND ${column} = ${bound}`);
  }
  return sql.join(parts);
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
 * The filtered cube summed per (question, item, value), per group of `groupBy` when given: the
 * views by group value (as text), and the view of all groups together.
 */
export async function queryCubeViews(
  surveyId: number,
  filters: ResultFilters,
  groupBy: Dimension | null,
  weights: readonly CellWeight[] | null,
): Promise<{ total: CubeView; groups: Map<string, CubeView> }> {
  const c = alias(resultCells, "c");
  const w = alias(resultWeights, "w");
  const where = filterClause(filters, c);
  const group = groupBy ? sql`${c[DIMENSION_COLUMNS[groupBy]]}` : sql`''`;
  const weighted = weights !== null && weights.length > 0;
  // Ordered, so the view of all groups adds the groups' weighted sums in the same order on every engine.
  const order = sql`ORDER BY ${byteOrder(c.questionId)}, ${byteOrder(c.item)}, ${byteOrder(c.value)}${
    groupBy === null ? sql`` : sql`, ${groupBy === "panel" ? group : byteOrder(group)}`
  }`;
  const rows = await queryWeighted<Row>(weighted ? weights : null, (weightsTable) =>
    weighted
      ? sql`SELECT ${c.questionId} AS q, ${c.item}, ${c.value}, ${group} AS g, sum(${c.count}) AS n,
              sum(CASE WHEN ${w.weight} IS NULL THEN 0 ELSE ${c.count} END) AS wn,
              ${weightTotal(sql`${c.count} * ${w.weight}`)} AS ws, ${weightTotal(sql`${c.count} * ${w.weight} * ${w.weight}`)} AS ws2
       FROM ${resultCells} ${c}
       LEFT JOIN ${weightsTable} ${w} ON ${c.channel} = 'panel' AND ${w.ageGroup} = ${c.ageGroup}
                  AND ${w.sex} = ${c.sex} AND ${w.district} = ${c.district}
       WHERE ${c.surveyId} = ${surveyId}${where}
       GROUP BY ${c.questionId}, ${c.item}, ${c.value}, g
       ${order}`
      : sql`SELECT ${c.questionId} AS q, ${c.item}, ${c.value}, ${group} AS g, sum(${c.count}) AS n, 0 AS wn, 0 AS ws, 0 AS ws2
       FROM ${resultCells} ${c}
       WHERE ${c.surveyId} = ${surveyId}${where}
       GROUP BY ${c.questionId}, ${c.item}, ${c.value}, g
       ${order}`,
  );

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
export async function approvedCounts(
  surveyId: number,
  filters: ResultFilters,
  groupBy: Dimension | null,
): Promise<{ total: Record<string, number>; groups: Map<string, Record<string, number>> }> {
  const o = alias(openAnswerReviews, "o");
  const r = alias(responses, "r");
  const where = filterClause(filters, r, "responses");
  const group = groupBy ? responseDimension(r, groupBy) : sql`''`;
  const rows = await queryRows<{ q: string; g: string | number; n: number }>(
    getDb(),
    sql`SELECT ${o.questionId} AS q, ${group} AS g, count(*) AS n
       FROM ${openAnswerReviews} ${o} JOIN ${responses} ${r} ON ${r.id} = ${o.responseId}
       WHERE ${o.surveyId} = ${surveyId} AND ${o.status} = 'approved' AND ${o.item} = '' AND ${r.status} = 'completed'${where}
       GROUP BY ${o.questionId}, g`,
  );
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
