import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("staff-entry");

import { getDb } from "@/db/client";
import { answers, auditLog, responseCodes, responses, resultCubes, staffEntries, surveys } from "@/db/schema";
import { AuthorizationError } from "@/lib/accounts/errors";
import { insertResultsSurvey } from "@/lib/results/data/result-cells-test-support";
import { definition, sampleQuestions as q } from "@/lib/surveys/definition/test-definitions";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs, signOut } from "@/lib/testing/signed-in";
import { drawPhoneCode, getPrintRun, issuePaperCodes } from "./response-codes";
import { decideStaffEntry, enterStaffResponse, getEntryDecision, listEntryDecisions } from "./staff-entry";

/*
 * Paper and phone responses entered by staff (issue 13): codes issued and entered once, the
 * resident's own validation and conditions, channel "staff", who entered it kept apart from the
 * answers, double entry, and refusals for anyone without response:enter.
 */

// p1: gender (1 MAN, 2 VROUW, 3 X, 4 anders, 5 weet niet; required), district (dropdown),
//     support (multiple choice, only when gender = vrouw); p2 (gender man or vrouw): grid, score,
//     age (12–120), order (ranking), story.
const parsed = parseDefinition(
  definition([
    {
      id: "p1",
      questions: [
        { ...q.gender, required: true, other: true, dontKnow: true },
        q.district,
        { ...q.support, visibleIf: { question: "gender", operator: "equals", value: "vrouw" } },
      ],
    },
    {
      id: "p2",
      visibleIf: { question: "gender", operator: "any_of", value: ["man", "vrouw"] },
      questions: [q.grid, q.score, q.age, q.order, q.story],
    },
  ]),
);
if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
const survey = parsed.definition;

const FULL = {
  gender: "2",
  district: "3",
  support: "4 1",
  "support.other": "mantelzorg",
  "grid.s1": "4",
  "grid.s2": "6",
  score: "7",
  age: "45",
  "order.zorg": "2",
  "order.werk": "1",
  "order.geld": "3",
  story: "Meer buurthuizen",
};

let surveyId = 0;
let staffId = 0;

async function printCodes(id: number, copies: number): Promise<string[]> {
  const { batch } = await issuePaperCodes({ surveyId: id, copies });
  return (await getPrintRun(id, batch))?.codes ?? [];
}

const staffResponses = async (id: number) =>
  await getDb()
    .select({ id: responses.id, status: responses.status })
    .from(responses)
    .where(and(eq(responses.surveyId, id), eq(responses.channel, "staff")));

const storedAnswers = async (responseId: number) =>
  Object.fromEntries(
    (
      await getDb()
        .select({ questionId: answers.questionId, value: answers.value })
        .from(answers)
        .where(eq(answers.responseId, responseId))
    ).map((a) => [a.questionId, a.value]),
  );

const cubeCount = async (id: number) =>
  (
    await getDb()
      .select({ n: resultCubes.responseCount })
      .from(resultCubes)
      .where(eq(resultCubes.surveyId, id))
  )[0]?.n ?? 0;

beforeAll(async () => {
  surveyId = await insertResultsSurvey("papier", survey);
  staffId = await signInAs("staff");
});

describe("paper codes", () => {
  it("issues as many distinct, readable codes as copies asked for", async () => {
    await signInAs("staff");
    const codes = await printCodes(surveyId, 25);
    expect(codes).toHaveLength(25);
    expect(new Set(codes).size).toBe(25);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-KMNP-Z]{4}-[2-9A-HJ-KMNP-Z]{4}$/);
  });

  it("names nobody: a code row holds the survey, the code and who printed it", async () => {
    const [code] = await printCodes(surveyId, 1);
    const row = (await getDb().select().from(responseCodes).where(eq(responseCodes.code, code)))[0];
    expect(Object.keys(row).sort()).toEqual(
      ["batch", "code", "createdAt", "enteredAt", "id", "issuedBy", "source", "surveyId"].sort(),
    );
  });
});

describe("entering a paper response", () => {
  it("counts it in channel staff with the resident's answers, and who entered it goes to the entry and the audit log", async () => {
    const enteringStaff = await signInAs("staff");
    const [code] = await printCodes(surveyId, 1);
    const before = await cubeCount(surveyId);
    const result = await enterStaffResponse({
      surveyId,
      code: code.toLowerCase(),
      doubleEntry: false,
      fields: FULL,
    });
    expect(result).toEqual({ kind: "counted", code, notApplicable: [] });

    const [entry] = await getDb()
      .select()
      .from(staffEntries)
      .innerJoin(responseCodes, eq(responseCodes.id, staffEntries.codeId))
      .where(eq(responseCodes.code, code));
    expect(entry.staff_entries.enteredBy).toBe(enteringStaff);
    expect(entry.staff_entries.status).toBe("counted");
    expect(entry.staff_entries.answers).toBeNull();
    const responseId = entry.staff_entries.responseId as number;
    const response = (await getDb().select().from(responses).where(eq(responses.id, responseId)))[0];
    expect(response.channel).toBe("staff");
    expect(response.status).toBe("completed");
    expect(response.memberId).toBeNull();
    expect(await storedAnswers(responseId)).toEqual({
      gender: { choice: "vrouw" },
      district: "zuid",
      support: { choices: ["wmo", "_anders"], other: "mantelzorg" },
      grid: { s1: "4", s2: "_weet_niet" },
      score: 7,
      age: 45,
      order: ["werk", "zorg", "geld"],
      story: "Meer buurthuizen",
    });
    expect(await cubeCount(surveyId)).toBe(before + 1);
    const audit = await getDb()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "response.staff_entered"), eq(auditLog.actorId, enteringStaff)));
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toMatchObject({ code });
    expect(JSON.stringify(audit[0].details)).not.toContain("buurthuizen");
  });

  it("takes each code once, and only codes issued for this survey", async () => {
    await signInAs("staff");
    const [code] = await printCodes(surveyId, 1);
    const other = await insertResultsSurvey("papier-ander", survey);
    const [otherCode] = await printCodes(other, 1);
    const enter = (c: string) => enterStaffResponse({ surveyId, code: c, doubleEntry: false, fields: FULL });
    expect((await enter(code)).kind).toBe("counted");
    expect(await enter(code)).toEqual({ kind: "refused", problem: "codeEntered" });
    expect(await enter(otherCode)).toEqual({ kind: "refused", problem: "codeUnknown" });
    expect(await enter("2345-6789")).toEqual({ kind: "refused", problem: "codeUnknown" });
    expect(await enter("O0I1-ABCD")).toEqual({ kind: "refused", problem: "codeFormat" });
  });

  it("refuses answers the resident's page would refuse, and stores nothing", async () => {
    await signInAs("staff");
    const [code] = await printCodes(surveyId, 1);
    const before = (await staffResponses(surveyId)).length;
    const result = await enterStaffResponse({
      surveyId,
      code,
      doubleEntry: false,
      fields: { ...FULL, district: "9", age: "5", "support.other": "", "grid.s2": "8" },
    });
    expect(result.kind).toBe("invalid");
    const errors = result.kind === "invalid" ? result.errors : [];
    expect(errors.map((e) => [e.questionId, e.code, e.field])).toEqual([
      ["district", "unknown_option", "vraag-district"],
      ["support", "other_required", "vraag-support-other"],
      ["grid", "unknown_option", "vraag-grid-s2"],
      ["age", "too_small", "vraag-age"],
    ]);
    const empty = await enterStaffResponse({ surveyId, code, doubleEntry: false, fields: {} });
    expect(empty.kind === "invalid" && empty.errors.map((e) => [e.questionId, e.code])).toEqual([
      ["gender", "required"],
    ]);
    expect(await staffResponses(surveyId)).toHaveLength(before);
    // The code was not used up by the refused entries.
    expect((await enterStaffResponse({ surveyId, code, doubleEntry: false, fields: FULL })).kind).toBe(
      "counted",
    );
  });

  it("follows the conditions: answers to questions that did not apply are named and not counted", async () => {
    await signInAs("staff");
    const [code] = await printCodes(surveyId, 1);
    const result = await enterStaffResponse({
      surveyId,
      code,
      doubleEntry: false,
      fields: { gender: "3", support: "1", score: "8" },
    });
    // X: support (question 3) and the whole second page (score is question 5) did not apply.
    expect(result).toEqual({ kind: "counted", code, notApplicable: [3, 5] });
    const [entry] = await getDb()
      .select({ responseId: staffEntries.responseId })
      .from(staffEntries)
      .innerJoin(responseCodes, eq(responseCodes.id, staffEntries.codeId))
      .where(eq(responseCodes.code, code));
    expect(await storedAnswers(entry.responseId as number)).toEqual({ gender: { choice: "x" } });
  });

  it("is refused with a reason when the survey is not in fieldwork", async () => {
    await signInAs("staff");
    const closed = await insertResultsSurvey("papier-dicht", survey);
    const [code] = await printCodes(closed, 1);
    await getDb().update(surveys).set({ status: "closed" }).where(eq(surveys.id, closed));
    expect(await enterStaffResponse({ surveyId: closed, code, doubleEntry: false, fields: FULL })).toEqual({
      kind: "refused",
      problem: "notOpen",
    });
    expect(await errorOf(drawPhoneCode(closed))).toMatchObject({ formError: "entry.errors.notOpen" });
  });

  it("takes a phone call's code drawn on the spot", async () => {
    await signInAs("staff");
    const { code } = await drawPhoneCode(surveyId);
    const row = (await getDb().select().from(responseCodes).where(eq(responseCodes.code, code)))[0];
    expect(row.source).toBe("phone");
    expect((await enterStaffResponse({ surveyId, code, doubleEntry: false, fields: FULL })).kind).toBe(
      "counted",
    );
  });
});

describe("double entry", () => {
  it("counts the response once a second staff member's entry agrees", async () => {
    await signInAs("staff");
    const [code] = await printCodes(surveyId, 1);
    const before = (await staffResponses(surveyId)).length;
    const first = await enterStaffResponse({ surveyId, code, doubleEntry: true, fields: FULL });
    expect(first.kind).toBe("awaiting_second");
    expect(await staffResponses(surveyId)).toHaveLength(before);
    expect(await enterStaffResponse({ surveyId, code, doubleEntry: true, fields: FULL })).toEqual({
      kind: "refused",
      problem: "sameStaffTwice",
    });
    await signInAs("staff");
    // Typed differently, read the same: the choices in another order.
    const second = await enterStaffResponse({
      surveyId,
      code,
      doubleEntry: false,
      fields: { ...FULL, support: "1,4" },
    });
    expect(second.kind).toBe("counted");
    expect(await staffResponses(surveyId)).toHaveLength(before + 1);
    const entries = await getDb()
      .select({ status: staffEntries.status, answers: staffEntries.answers })
      .from(staffEntries)
      .innerJoin(responseCodes, eq(responseCodes.id, staffEntries.codeId))
      .where(eq(responseCodes.code, code));
    expect(entries).toEqual([
      { status: "counted", answers: null },
      { status: "counted", answers: null },
    ]);
  });

  it("lists the differences of two entries, and counts the one someone decides on", async () => {
    const firstStaff = await signInAs("staff", { name: "Eerste Invoerder" });
    const [code] = await printCodes(surveyId, 1);
    const before = (await staffResponses(surveyId)).length;
    await enterStaffResponse({ surveyId, code, doubleEntry: true, fields: FULL });
    await signInAs("staff", { name: "Tweede Invoerder" });
    const second = await enterStaffResponse({
      surveyId,
      code,
      doubleEntry: true,
      fields: { ...FULL, score: "8", district: "2" },
    });
    expect(second.kind).toBe("differs");
    expect(await staffResponses(surveyId)).toHaveLength(before);
    expect(await enterStaffResponse({ surveyId, code, doubleEntry: false, fields: FULL })).toEqual({
      kind: "refused",
      problem: "awaitingDecision",
    });
    expect(await listEntryDecisions(surveyId)).toContainEqual({
      code,
      enteredBy: ["Eerste Invoerder", "Tweede Invoerder"],
    });
    const decision = await getEntryDecision(surveyId, code);
    expect(decision?.differences.map((d) => [d.questionNumber, d.first, d.second])).toEqual([
      [2, "3 ZUID", "2 NOORD"],
      [5, "7", "8"],
    ]);
    const keep = decision?.entries[1].id as number;
    await signInAs("staff");
    expect(await decideStaffEntry({ surveyId, code, keep })).toEqual({ decided: true });
    const counted = await staffResponses(surveyId);
    expect(counted).toHaveLength(before + 1);
    const newest = counted.sort((a, b) => b.id - a.id)[0];
    expect(await storedAnswers(newest.id)).toMatchObject({ score: 8, district: "noord" });
    expect(await getEntryDecision(surveyId, code)).toBeNull();
    expect(await enterStaffResponse({ surveyId, code, doubleEntry: false, fields: FULL })).toEqual({
      kind: "refused",
      problem: "codeEntered",
    });
    expect(firstStaff).not.toBe(staffId);
  });

  it("sets both entries aside when neither is right, so the form is entered again", async () => {
    await signInAs("staff");
    const [code] = await printCodes(surveyId, 1);
    await enterStaffResponse({ surveyId, code, doubleEntry: true, fields: FULL });
    await signInAs("staff");
    await enterStaffResponse({ surveyId, code, doubleEntry: true, fields: { ...FULL, age: "46" } });
    expect(await decideStaffEntry({ surveyId, code, keep: "neither" })).toEqual({ decided: true });
    expect((await enterStaffResponse({ surveyId, code, doubleEntry: false, fields: FULL })).kind).toBe(
      "counted",
    );
  });
});

describe("who may enter", () => {
  it("refuses every entry point to the Adviesraad, a panel member and a signed-out visitor", async () => {
    await signInAs("staff");
    const [code] = await printCodes(surveyId, 1);
    for (const role of ["adviesraad", "panel", null] as const) {
      if (role) await signInAs(role);
      else signOut();
      for (const call of [
        () => issuePaperCodes({ surveyId, copies: 1 }),
        () => getPrintRun(surveyId, null),
        () => drawPhoneCode(surveyId),
        () => enterStaffResponse({ surveyId, code, doubleEntry: false, fields: FULL }),
        () => listEntryDecisions(surveyId),
        () => getEntryDecision(surveyId, code),
        () => decideStaffEntry({ surveyId, code, keep: "neither" }),
      ]) {
        expect(await errorOf(call())).toBeInstanceOf(AuthorizationError);
      }
    }
    await signInAs("staff");
    expect((await enterStaffResponse({ surveyId, code, doubleEntry: false, fields: FULL })).kind).toBe(
      "counted",
    );
  });
});
