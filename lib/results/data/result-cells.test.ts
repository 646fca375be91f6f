import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("result-cells");

import { getDb } from "@/db/client";
import { responses, resultCells, resultCubes } from "@/db/schema";
import { insertPanel } from "@/lib/panels/data/panel-test-support";
import { completeResponse } from "@/lib/responses/data/response-completion";
import { testSurvey } from "@/lib/results/aggregate-test-survey";
import { visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { ensureResultCube } from "./result-cells";
import { insertResultsSurvey, insertStartedResponse } from "./result-cells-test-support";

function complete(surveyId: number, responseId: number, answers: Record<string, unknown>) {
  return completeResponse({
    responseId,
    surveyId,
    visibleQuestionIds: [...visibleQuestionIds(testSurvey, answers)],
  });
}

type CubeRow = { row: string; count: number };
function cube(surveyId: number): CubeRow[] {
  return (
    getDb().all(sql`SELECT question_id || ' ' || item || ' ' || value || ' @' || channel || '/' || panel_id || '/' ||
           age_group || '/' || sex || '/' || district AS row, count
         FROM ${resultCells} WHERE survey_id = ${surveyId} ORDER BY row`) as CubeRow[]
  ).map((r) => ({ ...r }));
}
const cubeCount = (surveyId: number) =>
  (
    getDb().get(sql`SELECT response_count AS n FROM ${resultCubes} WHERE survey_id = ${surveyId}`) as
      | { n: number }
      | undefined
  )?.n;
const countOf = (rows: CubeRow[], row: string) => rows.find((r) => r.row === row)?.count ?? 0;

let surveyId = 0;
let panelId = 0;

beforeAll(() => {
  surveyId = insertResultsSurvey("cube", testSurvey);
  panelId = insertPanel("cube-panel");
});

describe("completing responses fills the cube", () => {
  it("adds each completed response's rows in its cell, once", () => {
    const a = { gender: { choice: "vrouw" }, support: { choices: ["wmo", "jeugd"] }, score: 8 };
    const first = insertStartedResponse(surveyId, { answers: a });
    expect(complete(surveyId, first, a)).toBe("completed");
    // Answers to a question that ended up hidden are removed at completion and never counted.
    const b = { gender: { choice: "man" }, support: { choices: ["wmo"] }, score: 8 };
    const second = insertStartedResponse(surveyId, {
      answers: b,
      channel: "panel",
      panelId,
      ageGroup: "35-49",
      sex: "man",
      district: "Centrum",
    });
    expect(complete(surveyId, second, b)).toBe("completed");
    // A repeated submit does not count twice.
    expect(complete(surveyId, second, b)).toBe("already_completed");

    const rows = cube(surveyId);
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
    expect(cubeCount(surveyId)).toBe(2);

    const third = insertStartedResponse(surveyId, { answers: a });
    complete(surveyId, third, a);
    expect(countOf(cube(surveyId), `score  8 ${pub}`)).toBe(2);
    expect(countOf(cube(surveyId), `#respondents   ${pub}`)).toBe(2);
    expect(cubeCount(surveyId)).toBe(3);
    expect(ensureResultCube(surveyId)).toEqual({ rebuilt: false, responses: 3 });
  });
});

describe("ensureResultCube", () => {
  it("rebuilds a cube that missed responses, equal to the one kept incrementally", () => {
    const id = insertResultsSurvey("rebuild", testSurvey);
    const given = [
      { gender: { choice: "vrouw" }, support: { choices: ["_weet_niet"] }, grid: { s1: "2" } },
      { gender: { choice: "man" }, order: ["geld", "werk", "zorg"], age: 44, story: "Goed." },
      { gender: { choice: "_anders", other: "non-binair" }, district: "zuid" },
      {},
    ];
    given.forEach((answers, i) => {
      const responseId = insertStartedResponse(id, {
        answers,
        ...(i % 2 === 0
          ? { channel: "panel", panelId, ageGroup: "65-79", sex: "vrouw", district: "Oost" }
          : {}),
      });
      complete(id, responseId, answers);
    });
    const incremental = cube(id);
    expect(cubeCount(id)).toBe(4);
    expect(ensureResultCube(id).rebuilt).toBe(false);

    // A response completed behind the cube's back (e.g. before it existed): the counts differ.
    const late = insertStartedResponse(id, { answers: { gender: { choice: "man" } } });
    getDb().run(sql`UPDATE ${responses} SET status = 'completed' WHERE id = ${late}`);
    expect(ensureResultCube(id)).toEqual({ rebuilt: true, responses: 5 });
    expect(cubeCount(id)).toBe(5);
    const rebuilt = cube(id);
    expect(countOf(rebuilt, "gender  man @public/0///")).toBe(2);

    // Without that response, the rebuilt cube is row for row the incremental one.
    getDb().run(sql`DELETE FROM ${responses} WHERE id = ${late}`);
    expect(ensureResultCube(id)).toEqual({ rebuilt: true, responses: 4 });
    expect(cube(id)).toEqual(incremental);
  });

  it("builds an empty cube for a survey without responses, and leaves other surveys alone", () => {
    const id = insertResultsSurvey("empty", testSurvey);
    const before = cube(surveyId);
    expect(ensureResultCube(id)).toEqual({ rebuilt: true, responses: 0 });
    expect(cube(id)).toEqual([]);
    expect(cubeCount(id)).toBe(0);
    expect(cube(surveyId)).toEqual(before);
  });
});
