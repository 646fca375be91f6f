import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);

setUpTempDatabase("advice");

import { getDb } from "@/db/client";
import { advice, reviewRounds } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import type { AdviceFormInput } from "@/lib/review/schema";
import { errorOf } from "@/lib/testing/error-of";
import { signInAsUser } from "@/lib/testing/signed-in";
import { getAdvice, saveAdvice } from "./advice";
import { shareForReview } from "./review-rounds";
import {
  auditOf,
  deadlineIn,
  lastOutboxId,
  makeConceptSurvey,
  makeUser,
  outboxSince,
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
});

async function sharedRound() {
  await as(staff);
  const survey = await makeConceptSurvey();
  const { roundId } = await shareForReview({
    surveyId: survey.surveyId,
    revision: await revisionOf(survey.surveyId),
    adviceDeadline: deadlineIn(14),
  });
  return { ...survey, roundId };
}

function adviceInput(
  ids: { surveyId: number; roundId: number },
  overrides: Partial<AdviceFormInput> = {},
): AdviceFormInput {
  return {
    surveyId: ids.surveyId,
    roundId: ids.roundId,
    introduction: "De Adviesraad dankt de gemeente voor het concept.",
    points: [
      { body: "Voeg 'buren' toe als antwoord.", questionIds: ["zorgt-voor"] },
      { body: "Leg de schaal van 0 tot 10 uit.", questionIds: ["zwaarte", "uren-per-week"] },
      { body: "Maak de inleiding korter.", questionIds: [] },
    ],
    intent: "save",
    ...overrides,
  };
}

const formErrorOf = async (promise: Promise<unknown>) => {
  const error = await errorOf(promise);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).formError ?? (error as InputError).fieldErrors;
};
const adviceRow = async (id: number) =>
  (
    await getDb()
      .select({
        status: advice.status,
        introduction: advice.introduction,
        late: advice.late,
        submittedBy: advice.submittedBy,
      })
      .from(advice)
      .where(eq(advice.id, id))
  )[0];

describe("the Adviesraad's advice", () => {
  it("is drafted by any member, renumbered on every save, and hidden from staff until submitted", async () => {
    const round = await sharedRound();
    const otherMember = await makeUser("adviesraad");
    await as(member);
    const first = await saveAdvice(adviceInput(round));
    expect(first).toMatchObject({ status: "draft", late: false });
    await as(otherMember);
    const draft = await getAdvice(round.surveyId, round.roundId);
    expect(draft?.points.map((p) => [p.number, p.questionIds])).toEqual([
      [1, ["zorgt-voor"]],
      [2, ["zwaarte", "uren-per-week"]],
      [3, []],
    ]);
    // Reordered and one removed by another member, from the state the page showed.
    await saveAdvice(
      adviceInput(round, {
        baseUpdatedAt: draft?.updatedAt.getTime(),
        points: [
          { body: "Maak de inleiding korter.", questionIds: [] },
          { body: "Voeg 'buren' toe als antwoord.", questionIds: ["zorgt-voor", "zorgt-voor"] },
        ],
      }),
    );
    expect(
      (await getAdvice(round.surveyId, round.roundId))?.points.map((p) => [p.number, p.body, p.questionIds]),
    ).toEqual([
      [1, "Maak de inleiding korter.", []],
      [2, "Voeg 'buren' toe als antwoord.", ["zorgt-voor"]],
    ]);
    await as(staff);
    expect(await getAdvice(round.surveyId, round.roundId)).toBeNull();
    expect((await auditOf(round.surveyId)).map((a) => a.action)).toEqual([
      "survey.status_changed",
      "survey.shared_for_review",
      "advice.draft_saved",
      "advice.draft_saved",
    ]);
  });

  it("refuses a save based on an older state of the draft (two members at once)", async () => {
    const round = await sharedRound();
    await as(member);
    await saveAdvice(adviceInput(round, { baseUpdatedAt: 0 }));
    expect(
      await formErrorOf(saveAdvice(adviceInput(round, { baseUpdatedAt: 0, introduction: "Overschreven?" }))),
    ).toBe("review.errors.adviceChangedSince");
    expect((await getAdvice(round.surveyId, round.roundId))?.introduction).toBe(
      "De Adviesraad dankt de gemeente voor het concept.",
    );
  });

  it("once submitted is frozen, dated, attributed, audited, and mailed to the active policy officers", async () => {
    const round = await sharedRound();
    const inactiveStaff = await makeUser("staff", { active: false });
    const admin = await makeUser("admin");
    await as(member);
    const mailBefore = await lastOutboxId();
    const submitted = await saveAdvice(adviceInput(round, { intent: "submit" }));
    expect(submitted).toMatchObject({ status: "submitted", late: false });
    expect(await adviceRow(submitted.adviceId)).toMatchObject({
      status: "submitted",
      late: false,
      submittedBy: member.id,
    });

    const mails = await outboxSince(mailBefore);
    expect(mails.every((m) => m.template === "advice_submitted")).toBe(true);
    expect(mails.map((m) => m.to)).toContain(staff.email);
    expect(mails.map((m) => m.to)).not.toContain(inactiveStaff.email);
    expect(mails.map((m) => m.to)).not.toContain(admin.email);
    expect(mails.map((m) => m.to)).not.toContain(member.email);
    expect(mails[0].text).toContain(`/beheer/surveys/${round.surveyId}/review`);
    expect((await auditOf(round.surveyId)).at(-1)).toEqual({
      action: "advice.submitted",
      actorId: member.id,
      details: { adviceId: submitted.adviceId, roundId: round.roundId, points: 3, late: false },
    });

    await as(staff);
    const seen = await getAdvice(round.surveyId, round.roundId);
    expect(seen).toMatchObject({ status: "submitted", submittedByName: member.name, late: false });
    expect(seen?.submittedAt).toBeInstanceOf(Date);

    // Every later change is refused on the server: by a member, and by staff.
    await as(member);
    expect(await formErrorOf(saveAdvice(adviceInput(round, { introduction: "Toch anders" })))).toBe(
      "review.errors.adviceSubmitted",
    );
    expect(await formErrorOf(saveAdvice(adviceInput(round, { intent: "submit" })))).toBe(
      "review.errors.adviceSubmitted",
    );
    await as(staff);
    expect(
      await errorOf(saveAdvice(adviceInput(round, { introduction: "Door de gemeente" }))),
    ).toBeInstanceOf(AuthorizationError);
    expect(await adviceRow(submitted.adviceId)).toMatchObject({
      introduction: "De Adviesraad dankt de gemeente voor het concept.",
    });
    expect((await getAdvice(round.surveyId, round.roundId))?.points).toHaveLength(3);
  });

  it("after the deadline is accepted and marked late", async () => {
    const round = await sharedRound();
    await getDb()
      .update(reviewRounds)
      .set({ adviceDeadline: new Date(Date.now() - 60_000) })
      .where(eq(reviewRounds.id, round.roundId));
    await as(member);
    const mailBefore = await lastOutboxId();
    const submitted = await saveAdvice(adviceInput(round, { intent: "submit" }));
    expect(submitted).toMatchObject({ status: "submitted", late: true });
    expect(await adviceRow(submitted.adviceId)).toMatchObject({ late: true });
    expect((await outboxSince(mailBefore))[0].subject).toContain("te laat");
  });

  it("links points only to questions of the shared version", async () => {
    const round = await sharedRound();
    await as(member);
    expect(
      await formErrorOf(
        saveAdvice(
          adviceInput(round, {
            points: [
              { body: "Goed", questionIds: ["zwaarte"] },
              { body: "Onbekend", questionIds: ["zwaarte", "verzonnen-vraag"] },
            ],
          }),
        ),
      ),
    ).toEqual({ "points.1.questionIds": ["review.errors.questionUnknown"] });
  });

  it("cannot be given on a survey that was not shared, nor on another survey's round", async () => {
    const round = await sharedRound();
    await as(staff);
    const unshared = await makeConceptSurvey();
    await as(member);
    expect(
      await formErrorOf(saveAdvice(adviceInput({ surveyId: unshared.surveyId, roundId: round.roundId }))),
    ).toBe("review.errors.notFound");
    expect(await getAdvice(unshared.surveyId, round.roundId)).toBeUndefined();
  });
});
