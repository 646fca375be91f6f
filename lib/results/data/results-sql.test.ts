import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("results-sql");

import { getDb } from "@/db/client";
import { readBoolean } from "@/db/dialect";
import { queryRows } from "@/db/raw-sql";
import { resultCells } from "@/db/schema";
import { visibilitySql } from "@/lib/results/aggregate-condition-sql";
import {
  CONDITIONED,
  conditionSurvey,
  randomAnswers,
  seeded,
} from "@/lib/results/aggregate-condition-test-support";
import { figureOf } from "@/lib/results/aggregate-view";
import type { CellWeight } from "@/lib/results/weights";
import { computeVisibility, pruneHiddenAnswers } from "@/lib/surveys/definition/conditions";
import { insertResultsSurvey, insertStartedResponse } from "./result-cells-test-support";
import { conditionDialect } from "./results-sql";
import { queryCubeViews } from "./survey-results-query";

/*
 * The results SQL that differs between the engines (results-sql.ts), checked on the engine the
 * test runs on: weighted sums to the last bit, and the display conditions compiled to SQL.
 */

/** The exact value of a double, as a whole number over 2^1100. */
function exact(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const mantissa = (bits & ((1n << 52n) - 1n)) | (exponent ? 1n << 52n : 0n);
  return mantissa << BigInt((exponent || 1) - 1075 + 1100);
}

/** An exact (positive) whole number over 2^1100, rounded to the nearest double. */
function rounded(n: bigint): number {
  const shift = BigInt(n.toString(2).length - 64);
  let top = n >> shift;
  if (top << shift !== n) top |= 1n; // sticky bit: the rest decides a tie
  return Number(top) * 2 ** Number(shift - 1100n);
}

/** The correctly rounded sum of doubles. */
const exactSum = (terms: number[]) => rounded(terms.reduce((sum, x) => sum + exact(x), 0n));

describe("weighted sums", () => {
  it("are the correctly rounded sums of their terms, whatever order the engine reads them in", async () => {
    const surveyId = await insertResultsSurvey("gewogen-sommen", conditionSurvey);
    const random = seeded(11);
    const weights: CellWeight[] = [];
    const rows: (typeof resultCells.$inferInsert)[] = [];
    for (let i = 0; i < 240; i++) {
      const cell = {
        ageGroup: `a${i % 6}`,
        sex: `s${Math.floor(i / 6) % 2}`,
        district: `d${Math.floor(i / 12)}`,
      };
      const count = 1 + Math.floor(random() * 400);
      // Weights with every bit of the mantissa in use, as raking gives them.
      weights.push({ ...cell, count, weight: 0.3 + random() * 2.7 });
      rows.push({
        surveyId,
        questionId: "q",
        item: "",
        value: "v",
        channel: "panel",
        panelId: 1,
        ...cell,
        count,
      });
    }
    await getDb().insert(resultCells).values(rows);

    const { total } = await queryCubeViews(surveyId, {}, null, weights);
    const figure = figureOf(total, "q", "", "v");
    const products = weights.map((w) => w.count * w.weight);
    const squares = weights.map((w, i) => (products[i] as number) * w.weight);
    expect(figure.count).toBe(weights.reduce((n, w) => n + w.count, 0));
    expect(figure.weightSum).toBe(exactSum(products));
    expect(figure.weightSquareSum).toBe(exactSum(squares));
    // Adding the terms one by one, in this order or the reverse, misses the last bits: the check bites.
    const naive = (terms: number[]) => terms.reduce((a, b) => a + b, 0);
    expect([
      naive(products),
      naive([...products].reverse()),
      naive(squares),
      naive([...squares].reverse()),
    ]).not.toEqual([figure.weightSum, figure.weightSum, figure.weightSquareSum, figure.weightSquareSum]);
  });
});

describe("display conditions in SQL", () => {
  const expected: Record<string, boolean>[] = [];
  let surveyId = 0;

  beforeAll(async () => {
    surveyId = await insertResultsSurvey("voorwaarden", conditionSurvey);
    const random = seeded(7);
    for (let i = 0; i < 200; i++) {
      // What completion stores: only the answers to questions that were shown.
      const stored = pruneHiddenAnswers(conditionSurvey, randomAnswers(random));
      await insertStartedResponse(surveyId, { answers: stored, status: "completed" });
      const shown = computeVisibility(conditionSurvey, stored).questionIds;
      expected.push(Object.fromEntries(CONDITIONED.map((k) => [k, shown.has(k)])));
    }
  });

  it("decide 'shown' exactly as the respondent's condition evaluator, on the stored answers", async () => {
    const visibility = visibilitySql(
      conditionSurvey,
      (questionId) => ({
        sql: "(SELECT a.value FROM answers a WHERE a.response_id = r.id AND a.question_id = ?)",
        params: [questionId],
      }),
      conditionDialect(),
    );
    expect([...visibility.keys()]).toEqual(CONDITIONED);
    const columns = [...visibility.entries()].map(([id, fragment]) => {
      const pieces = fragment.sql.split("?");
      const bound = pieces.flatMap((piece, i) =>
        i < fragment.params.length ? [sql.raw(piece), sql`${fragment.params[i]}`] : [sql.raw(piece)],
      );
      return sql`${sql.join(bound)} AS ${sql.identifier(id)}`;
    });
    const rows = await queryRows<Record<string, unknown>>(
      getDb(),
      sql`SELECT ${sql.join(columns, sql`, `)} FROM responses r WHERE r.survey_id = ${surveyId} ORDER BY r.id`,
    );
    const actual = rows.map((row) => Object.fromEntries(CONDITIONED.map((k) => [k, readBoolean(row[k])])));
    expect(actual).toEqual(expected);
    // The random answers reach both outcomes of every question's condition.
    for (const key of CONDITIONED)
      expect(new Set(expected.map((e) => e[key]))).toEqual(new Set([true, false]));
  });
});
