import type { Condition, ConditionNode, Question, SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * A display condition (lib/surveys/definition/conditions.ts) as an SQL expression over a completed response's
 * stored answers, so a breakdown by a question's answer can tell "not shown" from "skipped" in
 * SQL, without loading responses. Completion removes answers to questions that ended up hidden, so
 * the stored answers are exactly the shown ones the evaluator reads, and its rules carry over:
 * a condition on an unanswered question is false for every operator; equals compares with the
 * value's own type (7 is not "7"); multiple choice matches any chosen option; a Likert condition
 * reads its statement; gt/lt hold only for numbers. Every expression is true or false (on SQLite
 * 0 or 1), never NULL.
 *
 * `answerSql(questionId)` gives the SQL of that question's stored answer JSON for the response at
 * hand (NULL when there is none), e.g. a correlated subquery on `answers`; its own parameters are
 * returned by `answerParams`.
 */

export type SqlFragment = { sql: string; params: (string | number)[] };

export type AnswerSql = { sql: string; params: (string | number)[] };

/**
 * What differs between the engines in a condition's SQL: where the compared value(s) of a stored
 * answer are found, and how a value's type, number and text are read. Each value at the path is a
 * row of `e` (one for a scalar, one per element or member of a list or object, none when absent).
 * SQLite's is below; PostgreSQL's is in lib/results/data/results-sql.ts, with the choice between them.
 */
export type ConditionDialect = {
  /** The FROM item `e` over the values in `answer` at the path, which follows as one "?" parameter. */
  values: (answer: string) => string;
  /** The path parameter's value for these object keys ([]: the whole answer). */
  path: (keys: readonly string[]) => string;
  isNumber: string;
  isText: string;
  /** The value as a number (when isNumber) and as text (when isText). */
  number: string;
  text: string;
  /** A condition that never holds. */
  never: string;
};

/** SQLite: json_each over the answer's JSON text; a condition is 0 or 1. */
export const SQLITE_CONDITIONS: ConditionDialect = {
  values: (answer) => `json_each(${answer}, ?) e`,
  path: (keys) => `$${keys.map((key) => `."${key}"`).join("")}`,
  isNumber: "e.type IN ('integer', 'real')",
  isText: "e.type = 'text'",
  number: "e.value",
  text: "e.value",
  never: "0",
};

/** The object keys where a condition finds the value(s) it compares, per question type. */
function valuePath(question: Question | undefined, statement: string | undefined): string[] {
  if (statement !== undefined) return [statement];
  switch (question?.type) {
    case "single_choice":
      return ["choice"];
    case "multiple_choice":
      return ["choices"];
    default:
      return [];
  }
}

function leaf(
  condition: Condition,
  questions: Map<string, Question>,
  answer: (id: string) => AnswerSql,
  d: ConditionDialect,
): SqlFragment {
  const a = answer(condition.question);
  const question = questions.get(condition.question);
  const path = d.path(valuePath(question, condition.statement));
  const never: SqlFragment = { sql: d.never, params: [] };
  const value = `(${d.isNumber} OR (${d.isText} AND ${d.text} <> ''))`;
  const same = (v: unknown): SqlFragment => {
    if (typeof v === "number") return { sql: `(${d.isNumber} AND ${d.number} = ?)`, params: [v] };
    if (typeof v === "string") return { sql: `(${d.isText} AND ${d.text} = ?)`, params: [v] };
    return never;
  };
  // A whole Likert answer has no value to compare (only "answered" applies to it).
  if (question?.type === "likert" && condition.statement === undefined && condition.operator !== "answered")
    return never;
  const each = (where: SqlFragment): SqlFragment => ({
    sql: `EXISTS (SELECT 1 FROM ${d.values(a.sql)} WHERE ${where.sql})`,
    params: [...a.params, path, ...where.params],
  });
  switch (condition.operator) {
    case "answered":
      return each({ sql: value, params: [] });
    case "equals":
      return each(same(condition.value));
    case "not_equals": {
      const some = each({ sql: value, params: [] });
      const equal = each(same(condition.value));
      return { sql: `(${some.sql} AND NOT ${equal.sql})`, params: [...some.params, ...equal.params] };
    }
    case "any_of": {
      const values = Array.isArray(condition.value) ? condition.value : [];
      if (values.length === 0) return never;
      return each({
        sql: `(${d.isText} AND ${d.text} IN (${values.map(() => "?").join(", ")}))`,
        params: values,
      });
    }
    case "gt":
    case "lt": {
      if (typeof condition.value !== "number") return never;
      const op = condition.operator === "gt" ? ">" : "<";
      // The evaluator compares the first value only, and only a number.
      return {
        sql: `coalesce((SELECT ${d.isNumber} AND ${d.number} ${op} ? FROM ${d.values(a.sql)} LIMIT 1), ${d.never})`,
        params: [condition.value, ...a.params, path],
      };
    }
  }
}

export function conditionSql(
  node: ConditionNode,
  questions: Map<string, Question>,
  answer: (questionId: string) => AnswerSql,
  dialect: ConditionDialect = SQLITE_CONDITIONS,
): SqlFragment {
  if ("all" in node || "any" in node) {
    const parts = ("all" in node ? node.all : node.any).map((n) =>
      conditionSql(n, questions, answer, dialect),
    );
    return {
      sql: `(${parts.map((p) => p.sql).join("all" in node ? " AND " : " OR ")})`,
      params: parts.flatMap((p) => p.params),
    };
  }
  return leaf(node, questions, answer, dialect);
}

/**
 * Per question with a condition of its own or of its page: the SQL that is 1 when the response
 * was shown it. Questions always shown are left out.
 */
export function visibilitySql(
  definition: SurveyDefinition,
  answer: (questionId: string) => AnswerSql,
  dialect: ConditionDialect = SQLITE_CONDITIONS,
): Map<string, SqlFragment> {
  const questions = new Map(definition.pages.flatMap((p) => p.questions).map((q) => [q.id, q] as const));
  const out = new Map<string, SqlFragment>();
  for (const page of definition.pages) {
    const pageCondition = page.visibleIf ? conditionSql(page.visibleIf, questions, answer, dialect) : null;
    for (const question of page.questions) {
      const own = question.visibleIf ? conditionSql(question.visibleIf, questions, answer, dialect) : null;
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
