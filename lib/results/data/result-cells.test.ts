import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("result-cells");

import { getDb } from "@/db/client";
import { execute, queryRow, queryRows } from "@/db/raw-sql";
import { responses, resultCells, resultCubes } from "@/db/schema";
import { insertPanel } from "@/lib/panels/data/panel-test-support";
import { completeResponse } from "@/lib/responses/data/response-completion";
import { testSurvey } from "@/lib/results/aggregate-test-survey";
import { visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { ensureResultCube } from "./result-cells";
import { insertResultsSurvey, insertStartedResponse } from "./result-cells-test-support";

async function complete(surveyId: number, responseId: number, answers: Record<string, unknown>) {
  return await completeResponse({
    responseId,
    surveyId,
    visibleQuestionIds: [...visibleQuestionIds(testSurvey, answers)],
  });
}

type CubeRow = { row: string; count: number };
async function cube(surveyId: number): Promise<CubeRow[]> {
  return (
    (await queryRows(
      getDb(),
      sql`SELECT question_id || ' ' || item || ' ' || value || ' @' || channel || '/' || panel_id || '/' ||
           age_group || '/' || sex || '/' || district AS row, count
         FROM ${resultCells} WHERE survey_id = ${surveyId} ORDER BY row`,
    )) as CubeRow[]
  ).map((r) => ({ ...r }));
}
const cubeCount = async (surveyId: number) =>
  (
    (await queryRow(
      getDb(),
      sql`SELECT response_count AS n FROM ${resultCubes} WHERE survey_id = ${surveyId}`,
    )) as { n: number } | undefined
  )?.n;
const countOf = (rows: CubeRow[], row: string) => rows.find((r) => r.row === row)?.count ?? 0;

let surveyId = 0;
let panelId = 0;

beforeAll(async () => {
  surveyId = await insertResultsSurvey("cube", testSurvey);
  panelId = await insertPanel("cube-panel");
});

describe("completing responses fills the cube", () => {
  it("adds each completed response's rows in its cell, once", async () => {
    const a = { gender: { choice: "vrouw" }, support: { choices: ["wmo", "jeugd"] }, score: 8 };
    const first = await insertStartedResponse(surveyId, { answers: a });
    expect(await complete(surveyId, first, a)).toBe("completed");
    // Answers to a question that ended up hidden are removed at completion and never counted.
    const b = { gender: { choice: "man" }, support: { choices: ["wmo"] }, score: 8 };
    const second = await insertStartedResponse(surveyId, {
      answers: b,
      channel: "panel",
      panelId,
      ageGroup: "35-49",
      sex: "man",
      district: "Centrum",
    });
    expect(await complete(surveyId, second, b)).toBe("completed");
    // A repeated submit does not count twice.
    expect(await complete(surveyId, second, b)).toBe("already_completed");

    const rows = await cube(surveyId);
    const pub = "@public/0///";
    const pan = `@panel/${panelId}/35-49/man/Centrum`;
    expect(countOf(rows, `#respondents   ${pub}`)).toBe(1);
    expect(countOf(rows, `#respondents   ${pan}`)).toBe(1);
    expect(countOf(rows, `support # answered ${pub}`)).toBe(1);
    expect(countOf(rows, `support  wmo ${pub}`)).toBe(1);
    expect(countOf(rows, `support  jeugd ${pub}`)).toBe(1);
    expect(countOf(rows, `support # not_shown ${pan}`)).toBe(1);
    expect(countOf(rows, `support  wmo ${pan}`)).toBe(0);
    expect(countOf(rows, `score  8 ${pub}`)).toBe(1);
    expect(countOf(rows, `score  8 ${pan}`)).toBe(1);
    expect(countOf(rows, `district # skipped ${pan}`)).toBe(1);
    expect(await cubeCount(surveyId)).toBe(2);

    const third = await insertStartedResponse(surveyId, { answers: a });
    await complete(surveyId, third, a);
    expect(countOf(await cube(surveyId), `score  8 ${pub}`)).toBe(2);
    expect(countOf(await cube(surveyId), `#respondents   ${pub}`)).toBe(2);
    expect(await cubeCount(surveyId)).toBe(3);
    expect(await ensureResultCube(surveyId)).toEqual({ rebuilt: false, responses: 3 });
  });
});

describe("ensureResultCube", () => {
  it("rebuilds a cube that missed responses, equal to the one kept incrementally", async () => {
    const id = await insertResultsSurvey("rebuild", testSurvey);
    const given = [
      { gender: { choice: "vrouw" }, support: { choices: ["_weet_niet"] }, grid: { s1: "2" } },
      { gender: { choice: "man" }, order: ["geld", "werk", "zorg"], age: 44, story: "Goed." },
      { gender: { choice: "_anders", other: "non-binair" }, district: "zuid" },
      {},
    ];
    for (const [i, answers] of given.entries()) {
      const responseId = await insertStartedResponse(id, {
        answers,
        ...(i % 2 === 0
          ? { channel: "panel", panelId, ageGroup: "65-79", sex: "vrouw", district: "Oost" }
          : {}),
      });
      await complete(id, responseId, answers);
    }
    const incremental = await cube(id);
    expect(await cubeCount(id)).toBe(4);
    expect((await ensureResultCube(id)).rebuilt).toBe(false);

    // A response completed behind the cube's back (e.g. before it existed): the counts differ.
    const late = await insertStartedResponse(id, { answers: { gender: { choice: "man" } } });
    await execute(getDb(), sql`UPDATE ${responses} SET status = 'completed' WHERE id = ${late}`);
    expect(await ensureResultCube(id)).toEqual({ rebuilt: true, responses: 5 });
    expect(await cubeCount(id)).toBe(5);
    const rebuilt = await cube(id);
    expect(countOf(rebuilt, "gender  man @public/0///")).toBe(2);

    // Without that response, the rebuilt cube is row for row the incremental one.
    await execute(getDb(), sql`DELETE FROM ${responses} WHERE id = ${late}`);
    expect(await ensureResultCube(id)).toEqual({ rebuilt: true, responses: 4 });
    expect(await cube(id)).toEqual(incremental);
  });

  it("builds an empty cube for a survey without responses, and leaves other surveys alone", async () => {
    const id = await insertResultsSurvey("empty", testSurvey);
    const before = await cube(surveyId);
    expect(await ensureResultCube(id)).toEqual({ rebuilt: true, responses: 0 });
    expect(await cube(id)).toEqual([]);
    expect(await cubeCount(id)).toBe(0);
    expect(await cube(surveyId)).toEqual(before);
  });
});
