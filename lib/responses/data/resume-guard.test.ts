import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

process.env.AUTH_SECRET = "unit-test-secret-0123456789abcdef";
setUpTempDatabase("resume-guard");

import { startResponse } from "@/lib/responses/data/responses";
import { generateResumeCode, generateResumeToken } from "../resume-tokens";
import { insertOpenSurveyRow } from "./response-test-support";
import { resumeByCode } from "./resume-guard";
import { startGuardedResponse } from "./start-response";

/*
 * Guessing resume codes stays limited per client, and a flood of wrong guesses from many clients
 * no longer locks every respondent of the survey out (issue 10, finding 2). The start form's
 * posted token is guarded the same way (finding 3).
 */

const MINUTE = 60_000;

/** A code that is not the given one (a wrong guess). */
function wrongCode(right: string): string {
  let code = generateResumeCode();
  while (code === right) code = generateResumeCode();
  return code;
}

const start = async (survey: { surveyId: number; versionId: number }) =>
  await startResponse({ ...survey, token: generateResumeToken(), firstPageId: "p1" });

describe("resumeByCode", () => {
  it("lets a respondent resume while 400 clients flood the survey with wrong codes", async () => {
    const survey = await insertOpenSurveyRow("resume-flood");
    const respondent = await start(survey);
    const now = Date.now();
    for (let i = 0; i < 400; i++) {
      const client = `198.51.${100 + (i >> 8)}.${i & 255}`;
      expect(await resumeByCode(survey.surveyId, client, wrongCode(respondent.code), now + i)).toEqual({
        error: "not_found",
      });
    }
    const back = await resumeByCode(survey.surveyId, "203.0.113.10", respondent.code, now + 500);
    expect("token" in back && back.token).toBe(respondent.token);
  });

  it("during a flood, allows each client only 3 wrong codes a day", async () => {
    const survey = await insertOpenSurveyRow("resume-flood-client");
    const respondent = await start(survey);
    const now = Date.now();
    const flood = async (at: number, net: number) => {
      for (let i = 0; i < 300; i++)
        await resumeByCode(
          survey.surveyId,
          `198.${net}.${i >> 8}.${i & 255}`,
          wrongCode(respondent.code),
          at,
        );
    };
    await flood(now, 51);
    const guesser = "192.0.2.66";
    for (let i = 0; i < 3; i++)
      expect(await resumeByCode(survey.surveyId, guesser, wrongCode(respondent.code), now)).toEqual({
        error: "not_found",
      });
    // Even the right code tells this client nothing now, nor an hour later while the flood goes on…
    expect(await resumeByCode(survey.surveyId, guesser, respondent.code, now + 1)).toEqual({
      error: "rate_limited_day",
    });
    await flood(now + 60 * MINUTE, 52);
    expect(await resumeByCode(survey.surveyId, guesser, respondent.code, now + 60 * MINUTE + 1)).toEqual({
      error: "rate_limited_day",
    });
    // …while a client that has not been guessing gets in.
    expect(
      "token" in (await resumeByCode(survey.surveyId, "192.0.2.67", respondent.code, now + 60 * MINUTE + 1)),
    ).toBe(true);
    // When the flood has stopped, the normal limit (10 per quarter) applies again.
    expect(
      "token" in (await resumeByCode(survey.surveyId, guesser, respondent.code, now + 80 * MINUTE)),
    ).toBe(true);
  });

  it("limits one client to 10 wrong codes per 15 minutes in normal times, and only that client", async () => {
    const survey = await insertOpenSurveyRow("resume-client");
    const respondent = await start(survey);
    const now = Date.now();
    const guesser = "192.0.2.77";
    for (let i = 0; i < 10; i++)
      expect(await resumeByCode(survey.surveyId, guesser, wrongCode(respondent.code), now + i)).toEqual({
        error: "not_found",
      });
    expect(await resumeByCode(survey.surveyId, guesser, respondent.code, now + 20)).toEqual({
      error: "rate_limited",
    });
    expect("token" in (await resumeByCode(survey.surveyId, "192.0.2.78", respondent.code, now + 20))).toBe(
      true,
    );
    // A quarter of an hour after its first guesses, the client may try again.
    expect(
      "token" in (await resumeByCode(survey.surveyId, guesser, respondent.code, now + 15 * MINUTE + 10)),
    ).toBe(true);
  });
});

describe("startGuardedResponse", () => {
  it("counts a posted token of another survey as a wrong guess, and gives a limited client a fresh token", async () => {
    const a = await insertOpenSurveyRow("start-guard-a");
    const b = await insertOpenSurveyRow("start-guard-b");
    const inA = await start(a);
    const inB = await start(b);
    const guesser = "192.0.2.88";
    // Ten foreign tokens: each starts a fresh response (the same answer as any start)…
    for (let i = 0; i < 10; i++) {
      const started = await startGuardedResponse({
        ...b,
        client: guesser,
        token: inA.token,
        firstPageId: "p1",
      });
      expect(started.token).not.toBe(inA.token);
    }
    // …and then this client's posted token is not looked up any more, even a right one.
    const limited = await startGuardedResponse({
      ...b,
      client: guesser,
      token: inB.token,
      firstPageId: "p1",
    });
    expect(limited.token).not.toBe(inB.token);
    expect(limited.id).not.toBe(inB.id);
    // Another client posting the same token twice (a double click) still finds its one response.
    const token = generateResumeToken();
    const first = await startGuardedResponse({ ...b, client: "192.0.2.89", token, firstPageId: "p1" });
    expect(await startGuardedResponse({ ...b, client: "192.0.2.89", token, firstPageId: "p1" })).toEqual(
      first,
    );
  });
});
