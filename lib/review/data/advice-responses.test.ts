import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("advice-responses");

import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import type { ResponseFormInput } from "@/lib/review/schema";
import { errorOf } from "@/lib/testing/error-of";
import { signInAsUser, signOut } from "@/lib/testing/signed-in";
import { getAdvice, saveAdvice } from "./advice";
import { getPublishedAdviceAndResponse } from "./advice-publication";
import { getResponse, saveResponse } from "./advice-responses";
import { shareForReview } from "./review-rounds";
import {
  auditOf,
  deadlineIn,
  lastOutboxId,
  makeConceptSurvey,
  makeUser,
  outboxSince,
  reviseAsStaffWould,
  revisionOf,
} from "./review-test-support";

type Person = Awaited<ReturnType<typeof makeUser>>;
let staff: Person;
let member: Person;
const as = async (person: Person | null) => {
  if (person) await signInAsUser(person.id);
  else signOut();
};

beforeEach(async () => {
  staff = await makeUser("staff");
  member = await makeUser("adviesraad");
});

/** A shared survey with submitted advice of three points; returns the ids staff answer to. */
async function submittedAdvice() {
  await as(staff);
  const { surveyId, versionId } = await makeConceptSurvey();
  const { roundId } = await shareForReview({
    surveyId,
    revision: await revisionOf(surveyId),
    adviceDeadline: deadlineIn(14),
  });
  await as(member);
  const { adviceId } = await saveAdvice({
    surveyId,
    roundId,
    introduction: "Ons advies.",
    points: [
      { body: "Voeg 'buren' toe.", questionIds: ["zorgt-voor"] },
      { body: "Leg de schaal uit.", questionIds: [] },
      { body: "Vraag naar inkomen.", questionIds: [] },
    ],
    intent: "submit",
  });
  await as(staff);
  const advice = await getAdvice(surveyId, roundId);
  const pointIds = advice?.points.map((p) => p.id) ?? [];
  return { surveyId, versionId, roundId, adviceId, pointIds };
}

function answers(
  ids: { surveyId: number; adviceId: number; pointIds: number[] },
  overrides: Partial<ResponseFormInput> = {},
): ResponseFormInput {
  const [a, b, c] = ids.pointIds;
  return {
    surveyId: ids.surveyId,
    adviceId: ids.adviceId,
    introduction: "Wij danken de Adviesraad.",
    points: [
      { pointId: a, verdict: "overgenomen", explanation: "", handledInVersionId: undefined },
      {
        pointId: b,
        verdict: "deels_overgenomen",
        explanation: "Alleen bij vraag 3.",
        handledInVersionId: undefined,
      },
      { pointId: c, verdict: "niet_overgenomen", explanation: "Inkomen vragen wij niet: dataminimalisatie." },
    ],
    intent: "save",
    ...overrides,
  };
}

const errorsOf = async (promise: Promise<unknown>) => {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(InputError);
  return { form: (error as InputError).formError, fields: (error as InputError).fieldErrors };
};

describe("the official response", () => {
  it("is drafted by staff and stays hidden from the Adviesraad until final", async () => {
    const ids = await submittedAdvice();
    const draft = answers(ids);
    draft.points[2] = { pointId: ids.pointIds[2], verdict: undefined, explanation: "" };
    await saveResponse(draft);
    const saved = await getResponse(ids.surveyId, ids.adviceId);
    expect(saved?.status).toBe("draft");
    expect(saved?.points.map((p) => p.verdict).sort()).toEqual(["deels_overgenomen", "overgenomen"]);
    await as(member);
    expect(await getResponse(ids.surveyId, ids.adviceId)).toBeNull();
    expect((await auditOf(ids.surveyId)).at(-1)?.action).toBe("advice_response.draft_saved");
  });

  it("finalizes only with every point answered and reasons where advice is not followed", async () => {
    const ids = await submittedAdvice();
    const unanswered = answers(ids, { intent: "finalize" });
    unanswered.points[0] = { pointId: ids.pointIds[0], verdict: undefined, explanation: "" };
    expect(await errorsOf(saveResponse(unanswered))).toEqual({
      form: undefined,
      fields: { "points.0.verdict": ["review.validation.verdictRequired"] },
    });
    // The rule holds on the server even for input that skipped the form's schema.
    const noReason = answers(ids, { intent: "finalize" });
    noReason.points[2] = { pointId: ids.pointIds[2], verdict: "niet_overgenomen", explanation: " " };
    expect((await errorsOf(saveResponse(noReason))).fields).toEqual({
      "points.2.explanation": ["review.validation.explanationRequired"],
    });
    const missingPoint = answers(ids, { intent: "finalize" });
    missingPoint.points.pop();
    expect((await errorsOf(saveResponse(missingPoint))).form).toBe("review.errors.responseIncomplete");
    expect(await getResponse(ids.surveyId, ids.adviceId)).toBeNull();
  });

  it("once final is frozen, audited, mailed to the Adviesraad and shown to them", async () => {
    const ids = await submittedAdvice();
    const v2 = await reviseAsStaffWould(ids.surveyId);
    const inactiveMember = await makeUser("adviesraad", { active: false });
    await as(staff);
    const mailBefore = await lastOutboxId();
    const final = answers(ids, { intent: "finalize" });
    final.points[0].handledInVersionId = v2;
    expect(await saveResponse(final)).toMatchObject({ status: "final" });

    const mails = await outboxSince(mailBefore);
    expect(mails.every((m) => m.template === "response_finalized")).toBe(true);
    expect(mails.map((m) => m.to)).toContain(member.email);
    expect(mails.map((m) => m.to)).not.toContain(inactiveMember.email);
    expect(mails.map((m) => m.to)).not.toContain(staff.email);
    expect((await auditOf(ids.surveyId)).at(-1)).toMatchObject({
      action: "advice_response.finalized",
      actorId: staff.id,
      details: { adviceId: ids.adviceId, answered: 3, points: 3 },
    });

    await as(member);
    const seen = await getResponse(ids.surveyId, ids.adviceId);
    expect(seen).toMatchObject({
      status: "final",
      finalizedByName: staff.name,
      introduction: "Wij danken de Adviesraad.",
    });
    expect(seen?.points.find((p) => p.pointId === ids.pointIds[0])).toMatchObject({
      verdict: "overgenomen",
      handledInVersionNumber: 2,
    });

    // Later changes are refused: by staff (frozen), by the Adviesraad (no permission).
    await as(staff);
    expect((await errorsOf(saveResponse(answers(ids, { introduction: "Toch anders" })))).form).toBe(
      "review.errors.responseFinal",
    );
    await as(member);
    expect(await errorOf(saveResponse(answers(ids, { intent: "finalize" })))).toBeInstanceOf(
      AuthorizationError,
    );
    await as(staff);
    expect((await getResponse(ids.surveyId, ids.adviceId))?.introduction).toBe("Wij danken de Adviesraad.");
  });

  it("answers only submitted advice of this survey, its own points and its own versions", async () => {
    const ids = await submittedAdvice();
    const other = await submittedAdvice();
    expect((await errorsOf(saveResponse(answers({ ...ids, surveyId: other.surveyId })))).form).toBe(
      "review.errors.notFound",
    );
    const foreignPoint = answers(ids);
    foreignPoint.points[0].pointId = other.pointIds[0];
    expect((await errorsOf(saveResponse(foreignPoint))).form).toBe("review.errors.pointUnknown");
    const foreignVersion = answers(ids);
    foreignVersion.points[1].handledInVersionId = other.versionId;
    expect((await errorsOf(saveResponse(foreignVersion))).fields).toEqual({
      "points.1.handledInVersionId": ["review.errors.versionUnknown"],
    });

    // Draft advice cannot be answered.
    const { surveyId } = await makeConceptSurvey();
    const { roundId } = await shareForReview({
      surveyId,
      revision: await revisionOf(surveyId),
      adviceDeadline: deadlineIn(3),
    });
    await as(member);
    const draft = await saveAdvice({ surveyId, roundId, introduction: "", points: [], intent: "save" });
    await as(staff);
    expect(
      (await errorsOf(saveResponse({ ...answers(ids), surveyId, adviceId: draft.adviceId, points: [] })))
        .form,
    ).toBe("review.errors.notFound");
    expect(await getResponse(surveyId, draft.adviceId)).toBeUndefined();
  });
});

describe("getPublishedAdviceAndResponse", () => {
  it("returns submitted advice with the final response point by point, and nothing else", async () => {
    const ids = await submittedAdvice();
    await as(null);
    const beforeResponse = await getPublishedAdviceAndResponse(ids.surveyId);
    expect(beforeResponse).toHaveLength(1);
    expect(beforeResponse[0]).toMatchObject({ roundNumber: 1, versionNumber: 1, response: null });
    expect(beforeResponse[0].points.every((p) => p.response === null)).toBe(true);

    await as(staff);
    await saveResponse(answers(ids));
    await as(null);
    // A draft response is not published.
    expect((await getPublishedAdviceAndResponse(ids.surveyId))[0].response).toBeNull();

    await as(staff);
    await saveResponse(answers(ids, { intent: "finalize" }));
    await as(null);
    const [published] = await getPublishedAdviceAndResponse(ids.surveyId);
    expect(published.advice).toMatchObject({ introduction: "Ons advies.", late: false });
    expect(published.response?.introduction).toBe("Wij danken de Adviesraad.");
    expect(published.points).toEqual([
      {
        number: 1,
        body: "Voeg 'buren' toe.",
        questions: [{ id: "zorgt-voor", number: 1, text: "Voor wie zorgt u het meest?" }],
        response: { verdict: "overgenomen", explanation: "", handledInVersionNumber: null },
      },
      {
        number: 2,
        body: "Leg de schaal uit.",
        questions: [],
        response: {
          verdict: "deels_overgenomen",
          explanation: "Alleen bij vraag 3.",
          handledInVersionNumber: null,
        },
      },
      {
        number: 3,
        body: "Vraag naar inkomen.",
        questions: [],
        response: {
          verdict: "niet_overgenomen",
          explanation: "Inkomen vragen wij niet: dataminimalisatie.",
          handledInVersionNumber: null,
        },
      },
    ]);
    // No names of members or staff: the advice is the Adviesraad's, the response the municipality's.
    const text = JSON.stringify(await getPublishedAdviceAndResponse(ids.surveyId));
    expect(text).not.toContain(member.name);
    expect(text).not.toContain(staff.name);
  });

  it("is empty for a survey without submitted advice", async () => {
    await as(staff);
    const { surveyId } = await makeConceptSurvey();
    expect(await getPublishedAdviceAndResponse(surveyId)).toEqual([]);
    const { roundId } = await shareForReview({
      surveyId,
      revision: await revisionOf(surveyId),
      adviceDeadline: deadlineIn(3),
    });
    await as(member);
    await saveAdvice({
      surveyId,
      roundId,
      introduction: "Concept",
      points: [{ body: "x", questionIds: [] }],
      intent: "save",
    });
    expect(await getPublishedAdviceAndResponse(surveyId)).toEqual([]);
  });
});
