import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("review-comments");

import { getDb } from "@/db/client";
import { queryRow } from "@/db/raw-sql";
import { reviewComments } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { errorOf } from "@/lib/testing/error-of";
import { signInAsUser, signOut } from "@/lib/testing/signed-in";
import { addComment, addReply, listThreads, setThreadResolved } from "./review-comments";
import { shareForReview } from "./review-rounds";
import {
  auditOf,
  deadlineIn,
  makeConceptSurvey,
  makeUser,
  reviseAsStaffWould,
  revisionOf,
} from "./review-test-support";

type Person = Awaited<ReturnType<typeof makeUser>>;
let staff: Person;
let member: Person;
const as = async (person: Person) => {
  await signInAsUser(person.id);
};

beforeEach(async () => {
  staff = await makeUser("staff");
  member = await makeUser("adviesraad");
  signOut();
});

async function sharedSurvey() {
  await as(staff);
  const survey = await makeConceptSurvey();
  await shareForReview({
    surveyId: survey.surveyId,
    revision: await revisionOf(survey.surveyId),
    adviceDeadline: deadlineIn(14),
  });
  return survey;
}

const commentCount = async () =>
  ((await queryRow(getDb(), sql`SELECT count(*) AS n FROM ${reviewComments}`)) as { n: number }).n;
const formErrorOf = async (promise: Promise<unknown>) => {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).formError;
};

describe("comments and threads", () => {
  it("a member comments on a question and on the whole survey; both sides reply; everyone sees the threads", async () => {
    const { surveyId, versionId } = await sharedSurvey();
    await as(member);
    const onQuestion = await addComment({
      surveyId,
      versionId,
      questionId: "zwaarte",
      body: "Is 0 tot 10 duidelijk?",
    });
    const onSurvey = await addComment({ surveyId, versionId, body: "Fijne, korte vragenlijst." });
    await as(staff);
    await addReply({ surveyId, threadId: onQuestion.id, body: "We zetten er uitleg bij." });
    await as(member);
    await addReply({ surveyId, threadId: onQuestion.id, body: "Dank u." });

    for (const viewer of [member, staff]) {
      await as(viewer);
      const threads = await listThreads(surveyId);
      expect(
        threads?.map((t) => ({
          question: t.root.questionId,
          body: t.root.body,
          version: t.root.versionNumber,
          side: t.root.authorSide,
          replies: t.replies.map((r) => [r.authorSide, r.body]),
        })),
      ).toEqual([
        {
          question: "zwaarte",
          body: "Is 0 tot 10 duidelijk?",
          version: 1,
          side: "adviesraad",
          replies: [
            ["staff", "We zetten er uitleg bij."],
            ["adviesraad", "Dank u."],
          ],
        },
        { question: null, body: "Fijne, korte vragenlijst.", version: 1, side: "adviesraad", replies: [] },
      ]);
    }
    expect((await auditOf(surveyId)).map((a) => [a.action, a.actorId])).toEqual([
      ["survey.status_changed", staff.id],
      ["survey.shared_for_review", staff.id],
      ["review.comment_added", member.id],
      ["review.comment_added", member.id],
      ["review.reply_added", staff.id],
      ["review.reply_added", member.id],
    ]);
    expect((await auditOf(surveyId))[2].details).toEqual({
      commentId: onQuestion.id,
      questionId: "zwaarte",
      versionId,
    });
    expect((await auditOf(surveyId))[3].details).toMatchObject({ commentId: onSurvey.id, questionId: null });
  });

  it("an unshared draft is refused with the same words as a survey that does not exist, and nothing is stored", async () => {
    await as(staff);
    const unshared = await makeConceptSurvey();
    const before = await commentCount();
    await as(member);
    const onUnshared = await formErrorOf(
      addComment({
        surveyId: unshared.surveyId,
        versionId: unshared.versionId,
        questionId: "zwaarte",
        body: "x",
      }),
    );
    const onMissing = await formErrorOf(addComment({ surveyId: 999_999, versionId: 1, body: "x" }));
    expect(onUnshared).toBe("review.errors.notFound");
    expect(onMissing).toBe(onUnshared);
    expect(await listThreads(unshared.surveyId)).toBeNull();
    expect(await commentCount()).toBe(before);
  });

  it("refuses unknown questions, another version, and another survey's thread", async () => {
    const { surveyId, versionId } = await sharedSurvey();
    const other = await sharedSurvey();
    await as(member);
    expect(
      await formErrorOf(addComment({ surveyId, versionId, questionId: "bestaat-niet", body: "x" })),
    ).toBe("review.errors.questionUnknown");
    expect(await formErrorOf(addComment({ surveyId, versionId: other.versionId, body: "x" }))).toBe(
      "review.errors.versionNotUnderReview",
    );
    const elsewhere = await addComment({
      surveyId: other.surveyId,
      versionId: other.versionId,
      body: "daar",
    });
    expect(await formErrorOf(addReply({ surveyId, threadId: elsewhere.id, body: "hier" }))).toBe(
      "review.errors.threadUnknown",
    );
    const reply = await addReply({ surveyId: other.surveyId, threadId: elsewhere.id, body: "antwoord" });
    // A reply is not a thread: replying to it or resolving it is refused.
    expect(await formErrorOf(addReply({ surveyId: other.surveyId, threadId: reply.id, body: "x" }))).toBe(
      "review.errors.threadUnknown",
    );
  });

  it("staff do not start threads and the Adviesraad does not resolve them", async () => {
    const { surveyId, versionId } = await sharedSurvey();
    await as(staff);
    expect(await errorOf(addComment({ surveyId, versionId, body: "x" }))).toBeInstanceOf(AuthorizationError);
    await as(member);
    const thread = await addComment({ surveyId, versionId, questionId: "zorgt-voor", body: "Mist 'buren'." });
    expect(
      await errorOf(setThreadResolved({ surveyId, threadId: thread.id, resolved: true })),
    ).toBeInstanceOf(AuthorizationError);
    const panel = await makeUser("panel");
    await as(panel);
    expect(await errorOf(listThreads(surveyId))).toBeInstanceOf(AuthorizationError);
    expect(await errorOf(addReply({ surveyId, threadId: thread.id, body: "x" }))).toBeInstanceOf(
      AuthorizationError,
    );
  });

  it("staff resolve a thread and reopen it; the change is audited and visible to the Adviesraad", async () => {
    const { surveyId, versionId } = await sharedSurvey();
    await as(member);
    const thread = await addComment({ surveyId, versionId, questionId: "zorgt-voor", body: "Mist 'buren'." });
    await as(staff);
    expect(await setThreadResolved({ surveyId, threadId: thread.id, resolved: true })).toEqual({
      changed: true,
      resolved: true,
    });
    expect(await setThreadResolved({ surveyId, threadId: thread.id, resolved: true })).toEqual({
      changed: false,
      resolved: true,
    });
    await as(member);
    const [seen] = (await listThreads(surveyId)) ?? [];
    expect(seen).toMatchObject({ resolved: true, root: { resolvedByName: staff.name } });
    await as(staff);
    await setThreadResolved({ surveyId, threadId: thread.id, resolved: false });
    expect((await listThreads(surveyId))?.[0].resolved).toBe(false);
    expect(
      (await auditOf(surveyId)).map((a) => a.action).filter((a) => a.startsWith("review.thread")),
    ).toEqual(["review.thread_resolved", "review.thread_reopened"]);
  });

  it("threads stay with their question into the next version; the closed round takes no new comments", async () => {
    const { surveyId, versionId } = await sharedSurvey();
    await as(member);
    const early = await addComment({ surveyId, versionId, questionId: "zwaarte", body: "Eerste ronde" });
    await as(staff);
    const v2 = await reviseAsStaffWould(surveyId);
    await as(member);
    expect(await formErrorOf(addComment({ surveyId, versionId, body: "te laat" }))).toBe(
      "review.errors.roundClosed",
    );
    expect(await formErrorOf(addReply({ surveyId, threadId: early.id, body: "te laat" }))).toBe(
      "review.errors.roundClosed",
    );
    await as(staff);
    await shareForReview({ surveyId, revision: await revisionOf(surveyId), adviceDeadline: deadlineIn(14) });
    await as(member);
    await addComment({ surveyId, versionId: v2, questionId: "zwaarte", body: "Tweede ronde" });
    await addReply({ surveyId, threadId: early.id, body: "Nu beter" });
    const threads = (await listThreads(surveyId)) ?? [];
    expect(
      threads.map((t) => [
        t.root.questionId,
        t.root.body,
        t.root.versionNumber,
        t.replies.map((r) => r.versionNumber),
      ]),
    ).toEqual([
      ["zwaarte", "Eerste ronde", 1, [2]],
      ["zwaarte", "Tweede ronde", 2, []],
    ]);
  });
});
