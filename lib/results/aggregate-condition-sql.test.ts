import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { computeVisibility, pruneHiddenAnswers } from "@/lib/surveys/definition/conditions";
import { visibilitySql } from "./aggregate-condition-sql";
import {
  CONDITIONED,
  randomAnswers,
  seeded,
  conditionSurvey as survey,
} from "./aggregate-condition-test-support";

describe("visibilitySql", () => {
  it("decides 'shown' exactly as the respondent's condition evaluator, on 500 random stored responses", () => {
    const db = new Database(":memory:");
    db.exec(
      "CREATE TABLE answers (response_id INTEGER, question_id TEXT, value TEXT, PRIMARY KEY (response_id, question_id))",
    );
    const insert = db.prepare("INSERT INTO answers VALUES (?, ?, ?)");
    const random = seeded(7);
    const expected: Record<string, boolean>[] = [];
    for (let id = 0; id < 500; id++) {
      // What completion stores: only the answers to questions that were shown.
      const stored = pruneHiddenAnswers(survey, randomAnswers(random));
      for (const [questionId, value] of Object.entries(stored))
        insert.run(id, questionId, JSON.stringify(value));
      const shown = computeVisibility(survey, stored).questionIds;
      expected.push(Object.fromEntries(CONDITIONED.map((k) => [k, shown.has(k)])));
    }
    const visibility = visibilitySql(survey, (questionId) => ({
      sql: "(SELECT value FROM answers WHERE response_id = r.id AND question_id = ?)",
      params: [questionId],
    }));
    expect([...visibility.keys()]).toEqual(CONDITIONED);
    const columns = [...visibility.entries()];
    const rows = db
      .prepare(
        `WITH RECURSIVE r(id) AS (SELECT 0 UNION ALL SELECT id + 1 FROM r WHERE id < 499)
         SELECT ${columns.map(([id, f]) => `${f.sql} AS "${id}"`).join(", ")} FROM r ORDER BY id`,
      )
      .all(...columns.flatMap(([, f]) => f.params)) as Record<string, number>[];
    const actual = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === 1])));
    expect(actual).toEqual(expected);
    // The random answers reach both outcomes of every question's condition.
    for (const key of Object.keys(expected[0] ?? {})) {
      expect(new Set(expected.map((e) => e[key]))).toEqual(new Set([true, false]));
    }
  });
});
