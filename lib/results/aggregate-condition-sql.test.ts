import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { computeVisibility, pruneHiddenAnswers } from "@/lib/surveys/definition/conditions";
import { definition, sampleQuestions as q } from "@/lib/surveys/definition/test-definitions";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { visibilitySql } from "./aggregate-condition-sql";

// Every operator, on every kind of question it applies to, nested in all/any, on questions and a page.
const parsed = parseDefinition(
  definition([
    {
      id: "p1",
      questions: [
        { ...q.gender, dontKnow: true },
        { ...q.support, visibleIf: { question: "gender", operator: "not_equals", value: "man" } },
        q.grid,
        {
          ...q.score,
          visibleIf: {
            any: [
              { question: "grid", statement: "s1", operator: "equals", value: "4" },
              { question: "support", operator: "any_of", value: ["jeugd", "schuld"] },
            ],
          },
        },
        q.age,
        { ...q.district, visibleIf: { question: "age", operator: "gt", value: 30 } },
      ],
    },
    {
      id: "p2",
      visibleIf: {
        all: [
          { question: "score", operator: "lt", value: 8 },
          { question: "gender", operator: "answered" },
        ],
      },
      questions: [
        { ...q.order, visibleIf: { question: "district", operator: "any_of", value: ["centrum", "zuid"] } },
        { ...q.name, visibleIf: { question: "grid", statement: "s2", operator: "answered" } },
        {
          ...q.story,
          visibleIf: {
            all: [
              { question: "age", operator: "lt", value: 50 },
              { question: "support", operator: "equals", value: "wmo" },
              { question: "score", operator: "not_equals", value: 5 },
            ],
          },
        },
      ],
    },
  ]),
);
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const survey = parsed.definition;

/** mulberry32 */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswers(random: () => number): Record<string, unknown> {
  const maybe = <T>(value: T) => (random() < 0.8 ? value : undefined);
  const any = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T;
  const answers: Record<string, unknown> = {
    gender: maybe({ choice: any(["man", "vrouw", "x", "_weet_niet"]) }),
    support: maybe({
      choices: [any(["wmo", "jeugd", "schuld", "_anders"]), ...(random() < 0.3 ? ["wmo"] : [])],
    }),
    grid: maybe({
      s1: any(["1", "4", "5", "_weet_niet"]),
      ...(random() < 0.5 ? { s2: any(["2", "4"]) } : {}),
    }),
    score: maybe(any([0, 4, 5, 7, 8, 10])),
    age: maybe(any([12, 30, 31, 49, 50, 80])),
    district: maybe(any(["centrum", "noord", "zuid"])),
    order: maybe(["zorg", "werk", "geld"]),
    name: maybe("Noord"),
    story: maybe("Verhaal"),
  };
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined));
}

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
      expected.push(
        Object.fromEntries(
          ["support", "score", "district", "order", "name", "story"].map((k) => [k, shown.has(k)]),
        ),
      );
    }
    const visibility = visibilitySql(survey, (questionId) => ({
      sql: "(SELECT value FROM answers WHERE response_id = r.id AND question_id = ?)",
      params: [questionId],
    }));
    expect([...visibility.keys()]).toEqual(["support", "score", "district", "order", "name", "story"]);
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
