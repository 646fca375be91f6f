import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

process.env.AUTH_SECRET = "unit-test-secret-0123456789abcdef";
setUpTempDatabase("responses");

import { getDb } from "@/db/client";
import { responses } from "@/db/schema";
import { generateResumeToken } from "@/lib/responses/resume-tokens";
import { insertOpenSurveyRow } from "./response-test-support";
import { findResumableByCode, findResumableByToken, startResponse } from "./responses";

/*
 * The start form posts a token (so a double click finds the same response). It used to post the
 * resume code too, and a fresh token with the code of an existing response failed with "token
 * belongs to another survey" (HTTP 500) while an unused code started a response (303): an oracle
 * for codes that exist, outside every limit (issue 10, finding 3).
 */

const responseCount = async (surveyId: number) =>
  await getDb().$count(responses, eq(responses.surveyId, surveyId));

describe("startResponse", () => {
  it("answers a fresh token posted with an existing response's code like any start, and draws its own code", async () => {
    const survey = await insertOpenSurveyRow("start-oracle");
    const first = await startResponse({ ...survey, token: generateResumeToken(), firstPageId: "p1" });
    // What an attacker posts: a fresh token and the code they want to test. Passed as a variable,
    // as the form data arrives, so the extra field is whatever the request carried.
    const posted = { ...survey, token: generateResumeToken(), code: first.code, firstPageId: "p1" };
    const second = await startResponse(posted);
    expect(second.token).toBe(posted.token);
    expect(second.code).not.toBe(first.code);
    expect(second.code).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(await responseCount(survey.surveyId)).toBe(2);
    // Both respondents still get back in with their own code, and only to their own answers.
    expect((await findResumableByCode(survey.surveyId, first.code))?.token).toBe(first.token);
    expect((await findResumableByCode(survey.surveyId, second.code))?.token).toBe(second.token);
  });

  it("finds the same response, with the same code, when the same token is posted again", async () => {
    const survey = await insertOpenSurveyRow("start-twice");
    const token = generateResumeToken();
    const first = await startResponse({ ...survey, token, firstPageId: "p1" });
    const again = await startResponse({ ...survey, token, firstPageId: "p1" });
    expect(again).toEqual(first);
    expect(await responseCount(survey.surveyId)).toBe(1);
  });

  it("starts with a fresh token, without an error, when the posted token belongs to another survey", async () => {
    const a = await insertOpenSurveyRow("start-token-a");
    const b = await insertOpenSurveyRow("start-token-b");
    const inA = await startResponse({ ...a, token: generateResumeToken(), firstPageId: "p1" });
    const inB = await startResponse({ ...b, token: inA.token, firstPageId: "p1" });
    expect(inB.token).not.toBe(inA.token);
    expect((await findResumableByToken(b.surveyId, inB.token))?.code).toBe(inB.code);
    // Survey A's response is untouched, and its token still opens only survey A.
    expect((await findResumableByToken(a.surveyId, inA.token))?.code).toBe(inA.code);
    expect(await findResumableByToken(b.surveyId, inA.token)).toBeNull();
  });
});
