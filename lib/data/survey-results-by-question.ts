import "server-only";
import { getDb } from "@/db/client";
import { categoryQuestion, withSeenValues } from "@/lib/results/aggregate-categories";
import { RESPONDENTS_QUESTION, STATUS_ITEM } from "@/lib/results/aggregate-cells";
import { type SqlFragment, visibilitySql } from "@/lib/results/aggregate-condition-sql";
import { buildQuestionResults } from "@/lib/results/aggregate-results";
import {
  addToView,
  type CubeView,
  respondentsOf,
  statusOf,
  subtractFigures,
  type ViewFigure,
} from "@/lib/results/aggregate-view";
import type { BreakdownGroup, ResultFilters, SurveyResults } from "@/lib/results/types";
import type { CellWeight } from "@/lib/results/weights";
import type { Question, SurveyDefinition } from "@/lib/survey/schema";
import { filterClause, loadWeights } from "./survey-results-query";

/*
 * A breakdown by the answer to a closed question (single choice, dropdown, multiple choice,
 * rating, or a Likert statement "<questionId>.<statementId>"): one group per answer value, with
 * every question's results among the respondents who gave it. The cube has no response ids, so
 * this reads the answers table — in ONE statement, grouped in SQL: the respondents in the view with
 * their group (json_each: a multiple-choice respondent is in every group they chose), their
 * answers expanded per question type, and "not shown" decided by the survey's conditions compiled
 * to SQL (lib/results/aggregate-condition-sql.ts, checked against the respondent's evaluator).
 * It costs a pass over the view's answers (about 1–3 s for 100,000 responses); the dimension
 * breakdowns read only the cube.
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

const ANSWER = "(SELECT value FROM answers WHERE response_id = v.id AND question_id = ?)";
const FIGURES =
  "count(*) AS n, count(v.weight) AS wn, total(v.weight) AS ws, total(v.weight * v.weight) AS ws2";
const APPROVED = "#approved";

/** Where a question's counted values are in its stored answer, and which part is the item. */
function expansion(question: Question): { path: string; item: string; value: string } | null {
  switch (question.type) {
    case "single_choice":
      return { path: "$.choice", item: "''", value: "e.value" };
    case "multiple_choice":
      return { path: "$.choices", item: "''", value: "e.value" };
    case "dropdown":
    case "rating":
    case "number":
      return { path: "$", item: "''", value: "e.value" };
    case "likert":
      return { path: "$", item: "e.key", value: "e.value" };
    case "ranking":
      return { path: "$", item: "e.value", value: "e.key + 1" };
    case "short_text":
    case "long_text":
      return null;
  }
}

export function questionBreakdown(
  surveyId: number,
  definition: SurveyDefinition,
  questionId: string,
  filters: ResultFilters,
  weights: readonly CellWeight[] | null,
): SurveyResults["breakdown"] {
  const by = categoryQuestion(definition, questionId);
  if (!by) return null;
  const weighted = weights !== null && weights.length > 0;
  if (weighted) loadWeights(weights);
  const where = filterClause(filters, "r", "responses");
  const questions = definition.pages.flatMap((p) => p.questions);
  const visibility = visibilitySql(definition, (id) => ({ sql: ANSWER, params: [id] }));

  const parts: SqlFragment[] = [
    {
      sql: `SELECT ? AS q, '' AS item, '' AS value, v.grp AS g, ${FIGURES} FROM v GROUP BY v.grp`,
      params: [RESPONDENTS_QUESTION],
    },
    {
      sql: `SELECT a.question_id, ?, 'answered', v.grp, ${FIGURES}
            FROM v JOIN answers a ON a.response_id = v.id GROUP BY a.question_id, v.grp`,
      params: [STATUS_ITEM],
    },
    {
      sql: `SELECT o.question_id, ?, '', v.grp, ${FIGURES}
            FROM v JOIN open_answer_reviews o ON o.response_id = v.id AND o.status = 'approved' AND o.item = ''
            GROUP BY o.question_id, v.grp`,
      params: [APPROVED],
    },
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
    parts.push({
      sql: `SELECT ?, ?, 'not_shown', v.grp, ${FIGURES} FROM v WHERE NOT ${shown.sql} GROUP BY v.grp`,
      params: [marker, STATUS_ITEM, ...shown.params],
    });
  });
  for (const question of questions) {
    const e = expansion(question);
    if (!e) continue;
    parts.push({
      sql: `SELECT ?, ${e.item}, ${e.value}, v.grp, ${FIGURES}
            FROM v JOIN answers a ON a.response_id = v.id AND a.question_id = ?
            JOIN json_each(a.value, ?) e
            WHERE e.type IN ('text', 'integer', 'real') GROUP BY 2, 3, v.grp`,
      params: [question.id, question.id, e.path],
    });
  }
  const respondents = weighted
    ? `SELECT r.id, g.value AS grp, w.weight AS weight FROM responses r
       JOIN answers b ON b.response_id = r.id AND b.question_id = ?
       JOIN json_each(b.value, ?) g
       LEFT JOIN temp.result_weights w ON r.channel = 'panel' AND w.age_group = r.age_group
         AND w.sex = r.sex AND w.district = r.district`
    : `SELECT r.id, g.value AS grp, NULL AS weight FROM responses r
       JOIN answers b ON b.response_id = r.id AND b.question_id = ?
       JOIN json_each(b.value, ?) g`;
  const rows = getDb()
    .$client.prepare(
      `WITH v AS MATERIALIZED (${respondents}
         WHERE r.survey_id = ? AND r.status = 'completed' ${where.sql} AND g.type IN ('text', 'integer', 'real'))
       ${parts.map((p) => p.sql).join("\nUNION ALL\n")}`,
    )
    .all(by.questionId, by.path, surveyId, ...where.params, ...parts.flatMap((p) => p.params)) as Row[];

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
  for (const view of views.values()) addSkipped(view, questions);

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

/** Skipped = in the group, minus answered, minus not shown (the cube stores it; here it is derived). */
function addSkipped(view: CubeView, questions: Question[]): void {
  const everyone = respondentsOf(view);
  for (const q of questions) {
    const skipped: ViewFigure = subtractFigures(
      subtractFigures(everyone, statusOf(view, q.id, "answered")),
      statusOf(view, q.id, "not_shown"),
    );
    if (skipped.count > 0) addToView(view, q.id, STATUS_ITEM, "skipped", skipped);
  }
}
