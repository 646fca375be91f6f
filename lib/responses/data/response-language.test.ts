import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("response-language");

import { getDb } from "@/db/client";
import { invitations, responses } from "@/db/schema";
import { getResponseMonitoring } from "@/lib/fieldwork/data/response-monitoring";
import { testSurvey } from "@/lib/results/aggregate-test-survey";
import { insertResultsSurvey, insertStartedResponse } from "@/lib/results/data/result-cells-test-support";
import { visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { signInAs } from "@/lib/testing/signed-in";
import { completeResponse } from "./response-completion";
import { insertInvitation } from "./response-test-support";

// The language a response was given in: recorded once, at completion, with the response (a coarse
// category like the channel), never with the invitation; staff see completions per language.

const ANSWERS = { gender: { choice: "man" }, score: 7, story: "Een verhaal" };
const visible = [...visibleQuestionIds(testSurvey, ANSWERS)];

const languageOf = async (responseId: number) =>
  (
    await getDb().select({ language: responses.language }).from(responses).where(eq(responses.id, responseId))
  )[0]?.language;

describe("the language of a response", () => {
  it("is recorded when the response is completed, and a repeated completion does not change it", async () => {
    const surveyId = await insertResultsSurvey("language-recorded", testSurvey);
    const responseId = await insertStartedResponse(surveyId, { answers: ANSWERS });
    expect(await languageOf(responseId)).toBeNull();
    const input = { responseId, surveyId, visibleQuestionIds: visible };
    expect(await completeResponse({ ...input, language: "ar" })).toBe("completed");
    expect(await languageOf(responseId)).toBe("ar");
    expect(await completeResponse({ ...input, language: "pl" })).toBe("already_completed");
    expect(await languageOf(responseId)).toBe("ar");
  });

  it("stays with the response: the invitation it came through holds no language", async () => {
    const surveyId = await insertResultsSurvey("language-invitation", testSurvey);
    const token = "invitation-token-language-0123456789";
    const { panelId } = await insertInvitation(surveyId, token);
    const responseId = await insertStartedResponse(surveyId, { answers: ANSWERS, channel: "panel", panelId });
    expect(
      await completeResponse({
        responseId,
        surveyId,
        visibleQuestionIds: visible,
        invitationToken: token,
        language: "tr",
      }),
    ).toBe("completed");
    expect(await languageOf(responseId)).toBe("tr");
    const [invitation] = await getDb().select().from(invitations).where(eq(invitations.surveyId, surveyId));
    expect(invitation.usedAt).not.toBeNull();
    expect(Object.keys(invitation)).not.toContain("language");
    expect(JSON.stringify(invitation)).not.toContain('"tr"');
  });

  it("is counted per language in the staff's response monitoring, unfinished responses and unrecorded languages apart", async () => {
    const surveyId = await insertResultsSurvey("language-monitoring", testSurvey);
    const complete = async (language?: "nl" | "en" | "pl") => {
      const responseId = await insertStartedResponse(surveyId, { answers: ANSWERS });
      await completeResponse({ responseId, surveyId, visibleQuestionIds: visible, language });
    };
    await complete("nl");
    await complete("pl");
    await complete("nl");
    await complete("en");
    await complete(); // entered by staff, say: no language recorded
    await insertStartedResponse(surveyId, { answers: ANSWERS }); // not finished: not counted
    await signInAs("staff");
    const monitoring = await getResponseMonitoring(surveyId);
    expect(monitoring?.languages).toEqual([
      { language: "nl", completed: 2 },
      { language: "en", completed: 1 },
      { language: "pl", completed: 1 },
      { language: null, completed: 1 },
    ]);
  });
});
