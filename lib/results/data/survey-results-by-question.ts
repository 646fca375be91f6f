import "server-only";
import { getTableName, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { queryRow } from "@/db/raw-sql";
import { answers, openAnswerReviews, responses } from "@/db/schema";
import { categoryQuestion, withSeenValues } from "@/lib/results/aggregate-categories";
import { RESPONDENTS_QUESTION, STATUS_ITEM } from "@/lib/results/aggregate-cells";
import { type SqlFragment, visibilitySql } from "@/lib/results/aggregate-condition-sql";
import { buildQuestionResults } from "@/lib/results/aggregate-results";
import {
  addFigures,
  addToView,
  type CubeView,
  EMPTY_FIGURE,
  respondentsOf,
  statusOf,
  subtractFigures,
  type ViewFigure,
  valuesOf,
} from "@/lib/results/aggregate-view";
import type { BreakdownGroup, ResultFilters, SurveyResults } from "@/lib/results/types";
import type { CellWeight } from "@/lib/results/weights";
import type { Question, SurveyDefinition } from "@/lib/surveys/definition/schema";
import {
  answerValue,
  conditionDialect,
  joinJsonEach,
  jsonEachColumns,
  queryWeighted,
  resultWeights,
  unindexed,
  valueLiteral,
  weightTotal,
} from "./results-sql";
import { filterClause } from "./survey-results-query";

/*
 * A breakdown by the answer to a closed question (single choice, dropdown, multiple choice,
 * rating, or a Likert statement "<questionId>.<statementId>"): one group per answer value, with
 * every question's results among the respondents who gave it. The cube has no response ids, so
 * this reads the answers table — in ONE statement, grouped in SQL: the respondents in the view with
 * their group (json_each: a multiple-choice respondent is in every group they chose), their
 * answers expanded per question type, and "not shown" decided by the survey's conditions compiled
 * to SQL (lib/results/aggregate-condition-sql.ts, checked against the respondent's evaluator).
 * It costs passes over the view's answers, about three to four times a plain GROUP BY of them:
 * 0.4 s for 5,000 responses, 10–18 s for 100,000 on the 2-core test machine (bench:results), so
 * a repeated view is kept (cachedQuestionBreakdown below). Dimension breakdowns read only the cube.
 */

type Row = {
  q: string;
  item: string;
  value: string | number;
  g: string | number;
  n: number;
  wn: number;
  ws: number;
  ws2: number;
};

/** The stored answer of the view's response at hand, as the condition compiler takes it ("?": the question). */
const ANSWER = `(SELECT ${answers.value.name} FROM ${getTableName(answers)}
  WHERE ${answers.responseId.name} = v.id AND ${answers.questionId.name} = ?)`;
/** The figures of a group of the view's rows: respondents, weighted respondents, Σw, Σw². */
const figures = () =>
  sql`count(*) AS n, count(v.weight) AS wn, ${weightTotal(sql`v.weight`)} AS ws, ${weightTotal(sql`v.weight * v.weight`)} AS ws2`;
const APPROVED = "#approved";

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rows by question, item, value and group, compared as text. */
function byRowKey(a: Row, b: Row): number {
  return (
    compareText(a.q, b.q) ||
    compareText(a.item, b.item) ||
    compareText(String(a.value), String(b.value)) ||
    compareText(String(a.g), String(b.g))
  );
}

/** A fragment of the condition compiler (text with "?" and the values in order) as SQL, its values bound. */
function fragmentSql(fragment: SqlFragment): SQL {
  const pieces = fragment.sql.split("?");
  if (pieces.length !== fragment.params.length + 1)
    throw new Error(`fragmentSql: ${pieces.length - 1} placeholders for ${fragment.params.length} values`);
  return sql.join(
    pieces.flatMap((piece, i) =>
      i < fragment.params.length ? [sql.raw(piece), sql`${fragment.params[i]}`] : [sql.raw(piece)],
    ),
  );
}

/** List-valued answers: json_each yields one row per choice, statement or ranked option. */
function listExpansion(question: Question): { keys: string[]; item: SQL; value: SQL } | null {
  const e = jsonEachColumns("e");
  switch (question.type) {
    case "multiple_choice":
      return { keys: ["choices"], item: sql`''`, value: e.value };
    case "likert":
      return { keys: [], item: e.key, value: e.value };
    case "ranking":
      return { keys: [], item: e.text, value: e.position };
    default:
      return null;
  }
}

const SCALAR = new Set(["single_choice", "dropdown", "rating", "number"]);
const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The value rows of every question, in few passes over the view's answers: one pass over all of
 * them gives the values of single-valued questions (whose answered count is the sum of their
 * values) and the answered count of the others; each list-valued question is expanded apart.
 * The unindexed question id keeps SQLite reading each response's answers in one index range
 * instead of seeking every id listed.
 */
function valueParts(questions: Question[]): SQL[] {
  const a = alias(answers, "a");
  const scalar = questions.filter((q) => SCALAR.has(q.type)).map((q) => q.id);
  const choices = questions.filter((q) => q.type === "single_choice").map((q) => q.id);
  const isScalar = sql`${unindexed(a.questionId)} IN (${list(scalar)})`;
  const value = sql`CASE WHEN ${unindexed(a.questionId)} IN (${list(choices)}) THEN ${answerValue(a.value, "choice")} WHEN ${isScalar} THEN ${answerValue(a.value, null)} ELSE ${valueLiteral("answered")} END`;
  const parts: SQL[] = [
    sql`SELECT ${a.questionId}, CASE WHEN ${isScalar} THEN '' ELSE ${STATUS_ITEM} END AS item, ${value} AS value, v.grp,
              ${figures()}
            FROM v JOIN ${answers} ${a} ON ${a.responseId} = v.id
            WHERE ${a.value} IS NOT NULL GROUP BY ${a.questionId}, 2, 3, v.grp`,
  ];
  for (const question of questions) {
    const e = listExpansion(question);
    if (!e) continue;
    parts.push(
      sql`SELECT ${question.id}, ${e.item}, ${e.value}, v.grp, ${figures()}
            FROM v JOIN ${answers} ${a} ON ${a.responseId} = v.id AND ${a.questionId} = ${question.id}
            ${joinJsonEach(a.value, e.keys, "e")}
            WHERE ${jsonEachColumns("e").isScalar} GROUP BY 2, 3, v.grp`,
    );
  }
  return parts;
}

export async function questionBreakdown(
  surveyId: number,
  definition: SurveyDefinition,
  questionId: string,
  filters: ResultFilters,
  weights: readonly CellWeight[] | null,
): Promise<SurveyResults["breakdown"]> {
  const by = categoryQuestion(definition, questionId);
  if (!by) return null;
  const weighted = weights !== null && weights.length > 0;
  const r = alias(responses, "r");
  const b = alias(answers, "b");
  const o = alias(openAnswerReviews, "o");
  const w = alias(resultWeights, "w");
  const where = filterClause(filters, r, "responses");
  const questions = definition.pages.flatMap((p) => p.questions);
  const visibility = visibilitySql(definition, (id) => ({ sql: ANSWER, params: [id] }), conditionDialect());

  const parts: SQL[] = [
    sql`SELECT ${RESPONDENTS_QUESTION} AS q, '' AS item, ${valueLiteral("")} AS value, v.grp AS g, ${figures()} FROM v GROUP BY v.grp`,
    sql`SELECT ${o.questionId}, ${APPROVED}, ${valueLiteral("")}, v.grp, ${figures()}
            FROM v JOIN ${openAnswerReviews} ${o} ON ${o.responseId} = v.id AND ${o.status} = 'approved' AND ${o.item} = ''
            GROUP BY ${o.questionId}, v.grp`,
  ];
  // Questions on a page with a condition share it: each distinct condition is evaluated once.
  const sharing = new Map<string, { shown: SqlFragment; questionIds: string[] }>();
  for (const [id, shown] of visibility) {
    const key = JSON.stringify(shown);
    const entry = sharing.get(key) ?? { shown, questionIds: [] };
    entry.questionIds.push(id);
    sharing.set(key, entry);
  }
  const notShownOf = new Map<string, string[]>();
  [...sharing.values()].forEach(({ shown, questionIds }, i) => {
    const marker = `#not_shown:${i}`;
    notShownOf.set(marker, questionIds);
    parts.push(
      sql`SELECT ${marker}, ${STATUS_ITEM}, ${valueLiteral("not_shown")}, v.grp, ${figures()} FROM v WHERE NOT ${fragmentSql(shown)} GROUP BY v.grp`,
    );
  });
  parts.push(...valueParts(questions));
  const g = jsonEachColumns("g");
  const respondents = (weightsTable: SQL) =>
    weighted
      ? sql`SELECT ${r.id}, ${g.value} AS grp, ${w.weight} AS weight FROM ${responses} ${r}
       JOIN ${answers} ${b} ON ${b.responseId} = ${r.id} AND ${b.questionId} = ${by.questionId}
       ${joinJsonEach(b.value, by.keys, "g")}
       LEFT JOIN ${weightsTable} ${w} ON ${r.channel} = 'panel' AND ${w.ageGroup} = ${r.ageGroup}
         AND ${w.sex} = ${r.sex} AND ${w.district} = ${r.district}`
      : sql`SELECT ${r.id}, ${g.value} AS grp, CAST(NULL AS DOUBLE PRECISION) AS weight FROM ${responses} ${r}
       JOIN ${answers} ${b} ON ${b.responseId} = ${r.id} AND ${b.questionId} = ${by.questionId}
       ${joinJsonEach(b.value, by.keys, "g")}`;
  const rows = await queryWeighted<Row>(
    weighted ? weights : null,
    (weightsTable) =>
      sql`WITH v AS MATERIALIZED (${respondents(weightsTable)}
         WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'completed'${where} AND ${g.isScalar})
       ${sql.join(parts, sql`\nUNION ALL\n`)}`,
  );
  // In one order on every engine: a view's figures are added up in the order its rows come.
  rows.sort(byRowKey);

  const views = new Map<string, CubeView>();
  const approved = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const group = String(row.g);
    if (row.item === APPROVED) {
      const counts = approved.get(group) ?? {};
      counts[row.q] = row.n;
      approved.set(group, counts);
      continue;
    }
    let view = views.get(group);
    if (!view) {
      view = new Map();
      views.set(group, view);
    }
    const figure = { count: row.n, weightedCount: row.wn, weightSum: row.ws, weightSquareSum: row.ws2 };
    for (const q of notShownOf.get(row.q) ?? [row.q]) addToView(view, q, row.item, String(row.value), figure);
  }
  for (const view of views.values()) addStatus(view, questions);

  const groups: BreakdownGroup[] = withSeenValues(by.categories, views.keys())
    .filter((c) => views.has(c.value))
    .map((c) => {
      const view = views.get(c.value) as CubeView;
      return {
        value: c.value,
        label: c.label,
        respondents: respondentsOf(view).count,
        questions: buildQuestionResults(definition, view, {
          weighted,
          approved: approved.get(c.value) ?? {},
        }),
      };
    });
  return { spec: { kind: "question", questionId: by.id }, label: by.text, groups };
}

/**
 * The status rows the cube stores and this query does not: answered for a single-valued question
 * (the sum of its values), and skipped = in the group − answered − not shown.
 */
function addStatus(view: CubeView, questions: Question[]): void {
  const everyone = respondentsOf(view);
  for (const q of questions) {
    if (SCALAR.has(q.type)) {
      const answered = [...valuesOf(view, q.id, "").values()].reduce(addFigures, EMPTY_FIGURE);
      if (answered.count > 0) addToView(view, q.id, STATUS_ITEM, "answered", answered);
    }
    const skipped: ViewFigure = subtractFigures(
      subtractFigures(everyone, statusOf(view, q.id, "answered")),
      statusOf(view, q.id, "not_shown"),
    );
    if (skipped.count > 0) addToView(view, q.id, STATUS_ITEM, "skipped", skipped);
  }
}

// A breakdown by a question reads every answer in the view (seconds at 100,000 responses), and the
// staff page is reloaded for each cross-tab chosen beside it. The result is kept per process until
// anything it depends on changes: the number of completed responses, the approved open answers,
// the view asked for, or the weights (population figures, settings). A closed survey, when results
// are read most, never changes.
const memo = new Map<string, SurveyResults["breakdown"]>();
const MEMO_LIMIT = 8;

export async function cachedQuestionBreakdown(
  surveyId: number,
  responses: number,
  definition: SurveyDefinition,
  questionId: string,
  filters: ResultFilters,
  weights: readonly CellWeight[] | null,
): Promise<SurveyResults["breakdown"]> {
  const o = openAnswerReviews;
  const approved = await queryRow(
    getDb(),
    sql`SELECT count(*) AS n, max(${o.moderatedAt}) AS at FROM ${o}
       WHERE ${o.surveyId} = ${surveyId} AND ${o.status} = 'approved'`,
  );
  const key = JSON.stringify([surveyId, responses, approved, definition, questionId, filters, weights]);
  if (memo.has(key)) return memo.get(key) ?? null;
  const breakdown = await questionBreakdown(surveyId, definition, questionId, filters, weights);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
  memo.set(key, breakdown);
  return breakdown;
}
