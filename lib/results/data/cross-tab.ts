import "server-only";
import { sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { queryRows } from "@/db/raw-sql";
import { answers, responses } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { categoryQuestion, withSeenValues } from "@/lib/results/aggregate-categories";
import type { CrossTab, ResultFilters } from "@/lib/results/types";
import { joinJsonEach, jsonEachColumns } from "./results-sql";
import { currentDefinition } from "./survey-results";
import { cleanFilters, filterClause } from "./survey-results-query";

/*
 * A cross-tab of two closed questions for staff: respondents by their answer to one (rows) and the
 * other (columns), in the view the filters give. Needs each respondent's two answers together, so
 * it reads the answers table — in ONE statement: the two answers joined on the response, expanded
 * with json_each (one row per choice of a multiple-choice answer; results-sql.ts), grouped in SQL. Never a
 * response in JavaScript.
 *
 * Questions: single choice, dropdown, multiple choice, rating (0–10), and a Likert statement named
 * "<questionId>.<statementId>" (e.g. "stellingen-buurt.thuis-voelen").
 */

type Row = {
  kind: "cell" | "row" | "column" | "total";
  rv: string | number | null;
  cv: string | number | null;
  n: number;
};

/** Null when the survey, or either question, does not exist or is not a closed question. */
export async function getCrossTab(
  surveyId: number,
  rowQuestionId: string,
  columnQuestionId: string,
  filters: ResultFilters = {},
  permission: "response:read" | "survey:publish" = "response:read",
): Promise<CrossTab | null> {
  await requirePermission(permission);
  const definition = await currentDefinition(surveyId);
  if (!definition) return null;
  const row = categoryQuestion(definition, rowQuestionId);
  const column = categoryQuestion(definition, columnQuestionId);
  if (!row || !column) return null;

  const r = alias(responses, "r");
  const ra = alias(answers, "ra");
  const ca = alias(answers, "ca");
  const where = filterClause(cleanFilters(filters), r, "responses");
  const re = jsonEachColumns("re");
  const ce = jsonEachColumns("ce");
  const rows = await queryRows<Row>(
    getDb(),
    sql`WITH pairs AS MATERIALIZED (
         SELECT ${r.id}, ${re.value} AS rv, ${ce.value} AS cv
         FROM ${responses} ${r}
         JOIN ${answers} ${ra} ON ${ra.responseId} = ${r.id} AND ${ra.questionId} = ${row.questionId}
         JOIN ${answers} ${ca} ON ${ca.responseId} = ${r.id} AND ${ca.questionId} = ${column.questionId}
         ${joinJsonEach(ra.value, row.keys, "re")}
         ${joinJsonEach(ca.value, column.keys, "ce")}
         WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'completed'${where}
           AND ${re.isScalar} AND ${ce.isScalar})
       SELECT 'cell' AS kind, rv, cv, count(*) AS n FROM pairs GROUP BY rv, cv
       UNION ALL SELECT 'row', rv, NULL, count(DISTINCT id) FROM pairs GROUP BY rv
       UNION ALL SELECT 'column', NULL, cv, count(DISTINCT id) FROM pairs GROUP BY cv
       UNION ALL SELECT 'total', NULL, NULL, count(DISTINCT id) FROM pairs`,
  );

  const cells = rows.filter((r) => r.kind === "cell");
  const rowCategories = withSeenValues(
    row.categories,
    cells.map((c) => String(c.rv)),
  );
  const columnCategories = withSeenValues(
    column.categories,
    cells.map((c) => String(c.cv)),
  );
  const rowIndex = new Map(rowCategories.map((c, i) => [c.value, i]));
  const columnIndex = new Map(columnCategories.map((c, i) => [c.value, i]));
  const counts = rowCategories.map(() => columnCategories.map(() => 0));
  const rowTotals = rowCategories.map(() => 0);
  const columnTotals = columnCategories.map(() => 0);
  let total = 0;
  for (const r of rows) {
    const i = rowIndex.get(String(r.rv)) as number;
    const j = columnIndex.get(String(r.cv)) as number;
    if (r.kind === "cell") (counts[i] as number[])[j] = r.n;
    else if (r.kind === "row") rowTotals[i] = r.n;
    else if (r.kind === "column") columnTotals[j] = r.n;
    else total = r.n;
  }
  return {
    rowQuestionId: row.id,
    columnQuestionId: column.id,
    rows: rowCategories,
    columns: columnCategories,
    counts,
    rowTotals,
    columnTotals,
    total,
  };
}
