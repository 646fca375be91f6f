import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("open-answer-moderation");

import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { errorOf } from "@/lib/testing/error-of";
import { signInAs } from "@/lib/testing/signed-in";
import { PersonalDataRemainsError } from "./open-answer-moderation";
import { insertOpenAnswerSurvey, insertResponseWithAnswers, queueRows } from "./open-answer-test-support";
import { getPublishedQuotes, moderateOpenAnswer, setQuote, syncOpenAnswerQueue } from "./open-answers";

/** The tips answer as staff approve it: the proposal, extended by hand (the neighbourhood). */
const APPROVED_TIPS =
  "Bel [naam] op [telefoonnummer] of mail [e-mailadres]. De bus moet vaker rijden in [wijk].";

let surveyId = 0;
let otherSurveyId = 0;
let staffId = 0;
/** questionId → review id in `surveyId`. */
const review: Record<string, number> = {};
let otherReviewId = 0;

async function auditEntries(reviewId: number) {
  return await getDb()
    .select({ actorId: auditLog.actorId, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, "open_answer_review"), eq(auditLog.subjectId, String(reviewId))))
    .orderBy(auditLog.id);
}

beforeAll(async () => {
  surveyId = await insertOpenAnswerSurvey("moderatie");
  await insertResponseWithAnswers(surveyId, "completed", {
    tips: "Bel Jan op 06-12345678 of mail jan@example.nl. De bus moet vaker rijden.",
    mist: "Een bankje bij de speeltuin",
    hulp: { choices: ["_anders"], other: "de wijkverpleging" },
    wonen: { choice: "_anders", other: "Een woongroep voor ouderen" },
  });
  otherSurveyId = await insertOpenAnswerSurvey("moderatie-ander");
  await insertResponseWithAnswers(otherSurveyId, "completed", { mist: "Een speeltuin" });
  staffId = await signInAs("staff");
  await syncOpenAnswerQueue(surveyId);
  await syncOpenAnswerQueue(otherSurveyId);
  for (const row of await queueRows(surveyId)) review[row.questionId] = row.id;
  otherReviewId = (await queueRows(otherSurveyId))[0].id;
});

describe("moderateOpenAnswer", () => {
  it("approves with the text as staff edited it, and audits without the text", async () => {
    const text = APPROVED_TIPS;
    expect((await queueRows(surveyId)).find((r) => r.id === review.tips)?.redactedText).not.toBe(text);
    const outcome = await moderateOpenAnswer(surveyId, review.tips, { decision: "approve", text });
    expect(outcome).toEqual({ reviewId: review.tips, questionId: "tips", status: "approved", quote: false });
    const row = (await queueRows(surveyId)).find((r) => r.id === review.tips);
    expect(row?.status).toBe("approved");
    expect(row?.redactedText).toBe(text);
    const [entry] = await auditEntries(review.tips);
    expect(entry.action).toBe("open_answer.approved");
    expect(entry.actorId).toBe(staffId);
    expect(entry.details).toMatchObject({
      surveyId,
      questionId: "tips",
      edited: true,
      checkedOverride: false,
    });
    expect(JSON.stringify(entry.details)).not.toContain("bus");
  });

  it("refuses an approval whose text still holds personal data, naming the kinds", async () => {
    const error = await errorOf(
      moderateOpenAnswer(surveyId, review.mist, { decision: "approve", text: "Bel mij: 06-12345678" }),
    );
    expect(error).toBeInstanceOf(PersonalDataRemainsError);
    expect((error as PersonalDataRemainsError).fieldErrors).toEqual({
      text: ["moderation.errors.personalDataRemains"],
    });
    expect((error as PersonalDataRemainsError).kinds).toEqual(["phone"]);
    expect((await queueRows(surveyId)).find((r) => r.id === review.mist)?.status).toBe("pending");
    expect(await auditEntries(review.mist)).toEqual([]);
  });

  it("approves such a text when staff declare they checked it, and records the override", async () => {
    const text = "Het nummer 06-12345678 is van het wijkteam";
    await moderateOpenAnswer(surveyId, review.mist, { decision: "approve", text, checked: "on" });
    expect((await queueRows(surveyId)).find((r) => r.id === review.mist)?.redactedText).toBe(text);
    const [entry] = await auditEntries(review.mist);
    expect(entry.details).toMatchObject({ checkedOverride: true, remainingKinds: ["phone"] });
    expect(JSON.stringify(entry.details)).not.toContain("06-12345678");
  });

  it("refuses an empty approval and an unknown decision", async () => {
    const empty = await errorOf(
      moderateOpenAnswer(surveyId, review.hulp, { decision: "approve", text: "  " }),
    );
    expect((empty as InputError).fieldErrors).toEqual({ text: ["moderation.validation.textRequired"] });
    const unknown = await errorOf(
      moderateOpenAnswer(surveyId, review.hulp, { decision: "publish" as "approve", text: "x" }),
    );
    expect((unknown as InputError).fieldErrors.decision).toEqual(["moderation.validation.decisionUnknown"]);
  });

  it("rejects, which also ends a quote", async () => {
    await moderateOpenAnswer(surveyId, review.hulp, { decision: "approve", text: "de wijkverpleging" });
    await setQuote(surveyId, review.hulp, true);
    const outcome = await moderateOpenAnswer(surveyId, review.hulp, { decision: "reject", text: "" });
    expect(outcome).toMatchObject({ status: "rejected", quote: false });
    expect((await queueRows(surveyId)).find((r) => r.id === review.hulp)).toMatchObject({
      status: "rejected",
      quote: false,
    });
    expect((await auditEntries(review.hulp)).map((e) => e.action)).toEqual([
      "open_answer.approved",
      "open_answer.quote_picked",
      "open_answer.rejected",
    ]);
  });

  it("refuses another survey's answer as if it did not exist", async () => {
    const error = await errorOf(
      moderateOpenAnswer(surveyId, otherReviewId, { decision: "approve", text: "Een speeltuin" }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).formError).toBe("moderation.errors.answerUnknown");
    expect((await queueRows(otherSurveyId))[0].status).toBe("pending");
    const quote = await errorOf(setQuote(surveyId, otherReviewId, true));
    expect((quote as InputError).formError).toBe("moderation.errors.answerUnknown");
  });
});

describe("setQuote", () => {
  it("only takes approved answers as quotes", async () => {
    const pending = await errorOf(setQuote(surveyId, review.wonen, true));
    expect((pending as InputError).formError).toBe("moderation.errors.quoteNeedsApproval");
    const rejected = await errorOf(setQuote(surveyId, review.hulp, true));
    expect((rejected as InputError).formError).toBe("moderation.errors.quoteNeedsApproval");
    expect(await setQuote(surveyId, review.tips, true)).toMatchObject({ status: "approved", quote: true });
    expect((await queueRows(surveyId)).find((r) => r.id === review.tips)?.quote).toBe(true);
  });
});

describe("getPublishedQuotes", () => {
  it("returns only approved quotes, as redacted text in question order, with nothing pointing at a response", async () => {
    await moderateOpenAnswer(surveyId, review.wonen, {
      decision: "approve",
      text: "Een woongroep voor ouderen",
    });
    await setQuote(surveyId, review.wonen, true);
    await setQuote(surveyId, review.mist, true);
    await setQuote(surveyId, review.mist, false);
    const quotes = await getPublishedQuotes(surveyId, "survey:publish");
    expect(quotes).toEqual([
      {
        questionId: "tips",
        questionText: "Heeft u tips voor de gemeente?",
        text: APPROVED_TIPS,
      },
      { questionId: "wonen", questionText: "Keuzevraag wonen", text: "Een woongroep voor ouderen" },
    ]);
    expect(await getPublishedQuotes(otherSurveyId, "results:moderate")).toEqual([]);
  });
});

describe("permissions", () => {
  it("refuses roles without results:moderate (or survey:publish for the quotes)", async () => {
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(role);
      // One call at a time: a refusal must not wait unobserved while another call awaits the database.
      for (const call of [
        () => moderateOpenAnswer(surveyId, review.tips, { decision: "reject", text: "" }),
        () => setQuote(surveyId, review.tips, false),
        () => getPublishedQuotes(surveyId, "results:moderate"),
        () => getPublishedQuotes(surveyId, "survey:publish"),
      ]) {
        expect(await errorOf(call())).toBeInstanceOf(AuthorizationError);
      }
    }
    expect((await queueRows(surveyId)).find((r) => r.id === review.tips)).toMatchObject({
      status: "approved",
      quote: true,
    });
  });
});
