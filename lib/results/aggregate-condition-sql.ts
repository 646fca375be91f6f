import type { Condition, ConditionNode, Question, SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * A display condition (lib/surveys/definition/conditions.ts) as an SQL expression over a completed response's
 * stored answers, so a breakdown by a question's answer can tell "not shown" from "skipped" in
 * SQL, without loading responses. Completion removes answers to questions that ended up hidden, so
 * the stored answers are exactly the shown ones the evaluator reads, and its rules carry over:
 * a condition on an unanswered question is false for every operator; equals compares with the
 * value's own type (7 is not "7"); multiple choice matches any chosen option; a Likert condition
 * reads its statement; gt/lt hold only for numbers. Every expression is 0 or 1, never NULL.
 *
 * `answerSql(questionId)` gives the SQL of that question's stored answer JSON for the response at
 * hand (NULL when there is none), e.g. a correlated subquery on `answers`; its own parameters are
 * returned by `answerParams`.
 */

export type SqlFragment = { sql: string; params: (string | number)[] };

export type AnswerSql = { sql: string; params: (string | number)[] };

/** Where json_each finds the value(s) a condition compares, per question type. */
function valuePath(question: Question | undefined, statement: string | undefined): string {
  if (statement !== undefined) return `$."${statement}"`;
  switch (question?.type) {
    case "single_choice":
      return "$.choice";
    case "multiple_choice":
      return "$.choices";
    default:
      return "$";
  }
}

const VALUE = "(e.type IN ('integer', 'real') OR (e.type = 'text' AND e.value <> ''))";

function same(value: unknown): SqlFragment {
  if (typeof value === "number")
    return { sql: "(e.type IN ('integer', 'real') AND e.value = ?)", params: [value] };
  if (typeof value === "string") return { sql: "(e.type = 'text' AND e.value = ?)", params: [value] };
  return { sql: "0", params: [] };
}

function leaf(
  condition: Condition,
  questions: Map<string, Question>,
  answer: (id: string) => AnswerSql,
): SqlFragment {
  const a = answer(condition.question);
  const question = questions.get(condition.question);
  const path = valuePath(question, condition.statement);
  // A whole Likert answer has no value to compare (only "answered" applies to it).
  if (question?.type === "likert" && condition.statement === undefined && condition.operator !== "answered")
    return { sql: "0", params: [] };
  const each = (where: SqlFragment): SqlFragment => ({
    sql: `EXISTS (SELECT 1 FROM json_each(${a.sql}, ?) e WHERE ${where.sql})`,
    params: [...a.params, path, ...where.params],
  });
  switch (condition.operator) {
    case "answered":
      return each({ sql: VALUE, params: [] });
    case "equals":
      return each(same(condition.value));
    case "not_equals": {
      const some = each({ sql: VALUE, params: [] });
      const equal = each(same(condition.value));
      return { sql: `(${some.sql} AND NOT ${equal.sql})`, params: [...some.params, ...equal.params] };
    }
    case "any_of": {
      const values = Array.isArray(condition.value) ? condition.value : [];
      if (values.length === 0) return { sql: "0", params: [] };
      return each({
        sql: `(e.type = 'text' AND e.value IN (${values.map(() => "?").join(", ")}))`,
        params: values,
      });
    }
    case "gt":
    case "lt": {
      if (typeof condition.value !== "number") return { sql: "0", params: [] };
      const op = condition.operator === "gt" ? ">" : "<";
      // The evaluator compares the first value only, and only a number.
      return {
        sql: `coalesce((SELECT e.type IN ('integer', 'real') AND e.value ${op} ? FROM json_each(${a.sql}, ?) e LIMIT 1), 0)`,
        params: [condition.value, ...a.params, path],
      };
    }
  }
}

export function conditionSql(
  node: ConditionNode,
  questions: Map<string, Question>,
  answer: (questionId: string) => AnswerSql,
): SqlFragment {
  if ("all" in node || "any" in node) {
    const parts = ("all" in node ? node.all : node.any).map((n) => conditionSql(n, questions, answer));
    return {
      sql: `(${parts.map((p) => p.sql).join("all" in node ? " AND " : " OR ")})`,
      params: parts.flatMap((p) => p.params),
    };
  }
  return leaf(node, questions, answer);
}

/**
 * Per question with a condition of its own or of its page: the SQL that is 1 when the response
 * was shown it. Questions always shown are left out.
 */
export function visibilitySql(
  definition: SurveyDefinition,
  answer: (questionId: string) => AnswerSql,
): Map<string, SqlFragment> {
  const questions = new Map(definition.pages.flatMap((p) => p.questions).map((q) => [q.id, q] as const));
  const out = new Map<string, SqlFragment>();
  for (const page of definition.pages) {
    const pageCondition = page.visibleIf ? conditionSql(page.visibleIf, questions, answer) : null;
    for (const question of page.questions) {
      const own = question.visibleIf ? conditionSql(question.visibleIf, questions, answer) : null;
      const parts = [pageCondition, own].filter((p): p is SqlFragment => p !== null);
      if (parts.length === 0) continue;
      out.set(question.id, {
        sql: `(${parts.map((p) => p.sql).join(" AND ")})`,
        params: parts.flatMap((p) => p.params),
      });
    }
  }
  return out;
}
