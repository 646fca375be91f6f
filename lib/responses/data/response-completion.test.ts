import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

setUpTempDatabase("response-completion");

import { getDb } from "@/db/client";
import { answers, invitations, mailOutbox, responses, resultCubes } from "@/db/schema";
import { testSurvey } from "@/lib/results/aggregate-test-survey";
import { insertResultsSurvey, insertStartedResponse } from "@/lib/results/data/result-cells-test-support";
import { visibleQuestionIds } from "@/lib/surveys/definition/conditions";
import { errorOf } from "@/lib/testing/error-of";
import { completeResponse } from "./response-completion";
import { insertInvitation } from "./response-test-support";
import { ResponseConflictError, savePage } from "./responses";

/*
 * Completing is decided by the database, not by a status read first: several app instances share
 * one PostgreSQL database, and there two completions of one response (a double click on
 * "Versturen", a retried request) run side by side on two connections. On SQLite they queue.
 */

const ANSWERS = { gender: { choice: "man" }, score: 7, story: "Een verhaal" };
const visible = [...visibleQuestionIds(testSurvey, ANSWERS)];

const cubeCount = async (surveyId: number) =>
  (
    await getDb()
      .select({ n: resultCubes.responseCount })
      .from(resultCubes)
      .where(eq(resultCubes.surveyId, surveyId))
  )[0]?.n ?? 0;

const statusOf = async (responseId: number) =>
  (await getDb().select({ status: responses.status }).from(responses).where(eq(responses.id, responseId)))[0]
    ?.status;

describe("completeResponse", () => {
  it("completes a response once when two completions run at the same time", async () => {
    const surveyId = await insertResultsSurvey("complete-twice", testSurvey);
    const responseId = await insertStartedResponse(surveyId, { answers: ANSWERS });
    const input = { responseId, surveyId, visibleQuestionIds: visible };
    const outcomes = await Promise.all([completeResponse(input), completeResponse(input)]);
    expect(outcomes.sort()).toEqual(["already_completed", "completed"]);
    expect(await statusOf(responseId)).toBe("completed");
    // Counted in the results once.
    expect(await cubeCount(surveyId)).toBe(1);
    // And a later repeat is still success for the caller, counting nothing.
    expect(await completeResponse(input)).toBe("already_completed");
    expect(await cubeCount(surveyId)).toBe(1);
  });

  it("lets one of two responses with the same invitation complete, and removes the other", async () => {
    const surveyId = await insertResultsSurvey("complete-invitation", testSurvey);
    const token = "invitation-token-0123456789abcdef";
    await insertInvitation(surveyId, token);
    const first = await insertStartedResponse(surveyId, { answers: ANSWERS, channel: "panel" });
    const second = await insertStartedResponse(surveyId, { answers: ANSWERS, channel: "panel" });
    const outcomes = await Promise.all(
      [first, second].map((responseId) =>
        completeResponse({ responseId, surveyId, visibleQuestionIds: visible, invitationToken: token }),
      ),
    );
    expect([...outcomes].sort()).toEqual(["completed", "invitation_used"]);
    const [kept, removed] = outcomes[0] === "completed" ? [first, second] : [second, first];
    expect(await statusOf(kept)).toBe("completed");
    expect(await statusOf(removed)).toBeUndefined();
    expect(await cubeCount(surveyId)).toBe(1);
    const used = await getDb()
      .select({ usedAt: invitations.usedAt })
      .from(invitations)
      .where(eq(invitations.surveyId, surveyId));
    expect(used).toHaveLength(1);
    expect(used[0]?.usedAt).toBeInstanceOf(Date);
  });
});

describe("completeResponse with a copy of the answers", () => {
  const copyTo = "kopie.inwoner@example.nl";
  const copy = {
    to: copyTo,
    data: {
      surveySlug: "kopie",
      surveyTitle: "Kopie",
      pages: [{ title: "Over u", questions: [{ text: "Uw verhaal", lines: ["Een verhaal"] }] }],
    },
  };
  const copiesTo = async (address: string) =>
    (
      await getDb()
        .select({ to: mailOutbox.toAddress, template: mailOutbox.template, text: mailOutbox.textBody })
        .from(mailOutbox)
    ).filter((m) => m.to === address);

  it("queues one copy with the completion, and none for a repeated send", async () => {
    const surveyId = await insertResultsSurvey("complete-copy", testSurvey);
    const responseId = await insertStartedResponse(surveyId, { answers: ANSWERS });
    const input = { responseId, surveyId, visibleQuestionIds: visible, copy };
    const outcomes = await Promise.all([completeResponse(input), completeResponse(input)]);
    expect(outcomes.sort()).toEqual(["already_completed", "completed"]);
    const queued = await copiesTo(copyTo);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ template: "answers_copy" });
    expect(queued[0].text).toContain("Uw verhaal\nEen verhaal");
    // The mail names nothing that leads back to the response.
    expect(queued[0].text).not.toContain(String(responseId));
    const [row] = await getDb().select().from(responses).where(eq(responses.id, responseId));
    expect(JSON.stringify(row)).not.toContain(copyTo);
  });

  it("queues no copy when the invitation was already used and the response is removed", async () => {
    const surveyId = await insertResultsSurvey("complete-copy-invitation", testSurvey);
    const token = "invitation-token-copy-0123456789ab";
    await insertInvitation(surveyId, token);
    const first = await insertStartedResponse(surveyId, { answers: ANSWERS, channel: "panel" });
    const second = await insertStartedResponse(surveyId, { answers: ANSWERS, channel: "panel" });
    const address = "tweede.kopie@example.nl";
    expect(
      await completeResponse({
        responseId: first,
        surveyId,
        visibleQuestionIds: visible,
        invitationToken: token,
      }),
    ).toBe("completed");
    expect(
      await completeResponse({
        responseId: second,
        surveyId,
        visibleQuestionIds: visible,
        invitationToken: token,
        copy: { ...copy, to: address },
      }),
    ).toBe("invitation_used");
    expect(await copiesTo(address)).toEqual([]);
  });
});

describe("savePage", () => {
  it("refuses to change a completed response, even when the save raced the completion", async () => {
    const surveyId = await insertResultsSurvey("save-after-complete", testSurvey);
    const responseId = await insertStartedResponse(surveyId, { answers: ANSWERS });
    const save = () =>
      savePage({
        responseId,
        surveyId,
        pageQuestionIds: ["score", "story"],
        answers: { score: 9, story: "Later veranderd" },
        currentPageId: "p2",
      });
    const [completed, saved] = await Promise.allSettled([
      completeResponse({ responseId, surveyId, visibleQuestionIds: visible }),
      save(),
    ]);
    expect(completed).toEqual({ status: "fulfilled", value: "completed" });
    const stored = Object.fromEntries(
      (
        await getDb()
          .select({ questionId: answers.questionId, value: answers.value })
          .from(answers)
          .where(eq(answers.responseId, responseId))
      ).map((a) => [a.questionId, a.value]),
    );
    // Nothing of the save landed after the completion (which clears the page pointer)...
    const [row] = await getDb()
      .select({ status: responses.status, currentPageId: responses.currentPageId })
      .from(responses)
      .where(eq(responses.id, responseId));
    expect(row).toEqual({ status: "completed", currentPageId: null });
    // ...either it came first and the completion took its answers, or it was refused.
    if (saved.status === "fulfilled") expect(stored.score).toBe(9);
    else {
      expect(saved.reason).toBeInstanceOf(ResponseConflictError);
      expect(stored.score).toBe(7);
    }
    expect(await errorOf(save())).toBeInstanceOf(ResponseConflictError);
  });
});
