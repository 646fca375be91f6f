import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// Only the cookie layer is replaced: which session the request's cookie names.
vi.mock("@/auth", async () => (await import("@/lib/testing/session-cookie")).mockedAuth);
vi.mock("next/headers", async () => (await import("@/lib/testing/session-cookie")).mockedHeaders);
// The lifecycle words a stale page with the real Dutch catalogue (who changed the survey, when).
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("use-intl/core");
  const messages = { lifecycle: (await import("@/messages/nl/lifecycle.json")).default };
  const timeZone = "Europe/Amsterdam";
  return {
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: "nl", messages, namespace: namespace as never, timeZone }),
    getLocale: async () => "nl",
    getFormatter: async () => createFormatter({ locale: "nl", timeZone }),
  };
});

setUpTempDatabase("review-rounds");

import { getDb } from "@/db/client";
import { reviewRounds, surveys, surveyVersions } from "@/db/schema";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { endOfDutchDay } from "@/lib/review/deadline";
import { errorOf } from "@/lib/testing/error-of";
import { signInAsUser, signOut } from "@/lib/testing/signed-in";
import { getSharedReview, getStaffReviewOverview, listSharedSurveys, shareForReview } from "./review-rounds";
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

beforeEach(() => {
  signOut();
});

async function signInAs(role: "staff" | "adviesraad" | "panel" | "admin") {
  const user = await makeUser(role);
  await signInAsUser(user.id);
  return user;
}

const surveyRow = async (id: number) =>
  (
    await getDb()
      .select({ status: surveys.status, revision: surveys.revision })
      .from(surveys)
      .where(eq(surveys.id, id))
  )[0];
const versionRow = async (id: number) =>
  (
    await getDb()
      .select({ frozenAt: surveyVersions.frozenAt })
      .from(surveyVersions)
      .where(eq(surveyVersions.id, id))
  )[0];
const roundCount = async (surveyId: number) =>
  (await getDb().select({ n: count() }).from(reviewRounds).where(eq(reviewRounds.surveyId, surveyId)))[0].n;

describe("sharing a draft with the Adviesraad", () => {
  it("freezes the version, opens a round, bumps the revision, audits and mails every active member", async () => {
    const activeMember = await makeUser("adviesraad");
    const inactiveMember = await makeUser("adviesraad", { active: false });
    const staff = await signInAs("staff");
    const { surveyId, versionId } = await makeConceptSurvey();
    const revision = await revisionOf(surveyId);
    const mailBefore = await lastOutboxId();
    const deadline = deadlineIn(14);

    const shared = await shareForReview({ surveyId, revision, adviceDeadline: deadline });

    expect(shared.versionId).toBe(versionId);
    expect(await surveyRow(surveyId)).toEqual({ status: "in_review", revision: revision + 1 });
    expect((await versionRow(versionId)).frozenAt).not.toBeNull();
    const [round] = await getDb().select().from(reviewRounds).where(eq(reviewRounds.id, shared.roundId));
    expect(round).toMatchObject({ sharedBy: staff.id, closedAt: null });
    expect(round.adviceDeadline).toEqual(endOfDutchDay(deadline));

    // The lifecycle records the status change; the review records the share with its deadline.
    expect(await auditOf(surveyId)).toEqual([
      {
        action: "survey.status_changed",
        actorId: staff.id,
        details: expect.objectContaining({ from: "concept", to: "in_review", transition: "share" }),
      },
      {
        action: "survey.shared_for_review",
        actorId: staff.id,
        details: {
          roundId: shared.roundId,
          versionId,
          versionNumber: 1,
          adviceDeadline: endOfDutchDay(deadline).toISOString(),
          revision: revision + 1,
          mailedMembers: expect.any(Number),
        },
      },
    ]);
    const mails = await outboxSince(mailBefore);
    expect(mails.map((m) => [m.to, m.template])).toContainEqual([activeMember.email, "review_shared"]);
    expect(mails.map((m) => m.to)).not.toContain(inactiveMember.email);
    expect(mails.map((m) => m.to)).not.toContain(staff.email);
    expect(mails.every((m) => m.template === "review_shared")).toBe(true);
    expect(mails[0].text).toContain(`/adviesraad/surveys/${surveyId}`);
  });

  it("refuses a survey that is not a concept, or that changed since the page was shown, and changes nothing", async () => {
    const staff = await signInAs("staff");
    const { surveyId } = await makeConceptSurvey();
    const stale = await revisionOf(surveyId);
    // A colleague shares it first; this page still shows the old revision.
    await shareForReview({ surveyId, revision: stale, adviceDeadline: deadlineIn(7) });
    const mailAfterShare = await lastOutboxId();

    const changed = await errorOf(
      shareForReview({ surveyId, revision: stale, adviceDeadline: deadlineIn(7) }),
    );
    expect(changed).toBeInstanceOf(InputError);
    // The lifecycle's wording: who changed the survey, and when.
    expect((changed as InputError).formError).toContain(staff.name);

    const again = await errorOf(
      shareForReview({ surveyId, revision: await revisionOf(surveyId), adviceDeadline: deadlineIn(7) }),
    );
    expect((again as InputError).formError).toBe("review.errors.cannotShare");
    expect(await roundCount(surveyId)).toBe(1);
    expect(await auditOf(surveyId)).toHaveLength(2);
    expect(await outboxSince(mailAfterShare)).toEqual([]);
  });

  it("refuses a definition with errors", async () => {
    await signInAs("staff");
    const { surveyId, versionId } = await makeConceptSurvey();
    const [version] = await getDb()
      .select({ definition: surveyVersions.definition })
      .from(surveyVersions)
      .where(eq(surveyVersions.id, versionId));
    const emptied = version.definition as { pages: { questions: unknown[] }[] };
    emptied.pages[0].questions = [];
    await getDb().update(surveyVersions).set({ definition: emptied }).where(eq(surveyVersions.id, versionId));
    const error = await errorOf(
      shareForReview({ surveyId, revision: await revisionOf(surveyId), adviceDeadline: deadlineIn(7) }),
    );
    expect((error as InputError).formError).toBe("review.errors.definitionInvalid");
    expect((await surveyRow(surveyId)).status).toBe("concept");
  });

  it("is for staff only", async () => {
    const { surveyId } = await makeConceptSurvey();
    for (const role of ["adviesraad", "panel"] as const) {
      await signInAs(role);
      const error = await errorOf(
        shareForReview({ surveyId, revision: await revisionOf(surveyId), adviceDeadline: deadlineIn(7) }),
      );
      expect(error).toBeInstanceOf(AuthorizationError);
    }
    signOut();
    expect(
      await errorOf(shareForReview({ surveyId, revision: 1, adviceDeadline: deadlineIn(7) })),
    ).toBeInstanceOf(AuthorizationError);
    expect(await roundCount(surveyId)).toBe(0);
  });
});

describe("what the Adviesraad sees", () => {
  it("only surveys shared with them; an unshared draft reads exactly like one that does not exist", async () => {
    await signInAs("staff");
    const shared = await makeConceptSurvey();
    const unshared = await makeConceptSurvey();
    await shareForReview({
      surveyId: shared.surveyId,
      revision: await revisionOf(shared.surveyId),
      adviceDeadline: deadlineIn(10),
    });

    await signInAs("adviesraad");
    const list = await listSharedSurveys();
    const ids = list.map((item) => item.surveyId);
    expect(ids).toContain(shared.surveyId);
    expect(ids).not.toContain(unshared.surveyId);
    expect(list.find((i) => i.surveyId === shared.surveyId)).toMatchObject({
      title: "Mantelzorg in Oosterhout (concept)",
      roundCount: 1,
      latestRound: { number: 1, versionNumber: 1, advice: null, responseStatus: null },
    });

    const review = await getSharedReview(shared.surveyId);
    expect(review).toMatchObject({ side: "adviesraad", open: true, previous: null, version: { number: 1 } });
    expect(review?.version.definition.pages[0].questions[0].id).toBe("zorgt-voor");
    expect(await getSharedReview(unshared.surveyId)).toBeNull();
    expect(await getSharedReview(999_999)).toBeNull();
    // A round of another survey does not open this one.
    expect(await getSharedReview(unshared.surveyId, review?.round.id)).toBeNull();

    await signInAs("panel");
    expect(await errorOf(getSharedReview(shared.surveyId))).toBeInstanceOf(AuthorizationError);
    expect(await errorOf(listSharedSurveys())).toBeInstanceOf(AuthorizationError);
  });

  it("a second round shows the version shared before it, to compare", async () => {
    await signInAs("staff");
    const { surveyId, versionId } = await makeConceptSurvey();
    await shareForReview({ surveyId, revision: await revisionOf(surveyId), adviceDeadline: deadlineIn(10) });
    const v2 = await reviseAsStaffWould(surveyId, (d) => {
      d.pages[0].questions[0].text = "Voor wie zorgt u het vaakst?";
    });
    const overview = await getStaffReviewOverview(surveyId);
    expect(overview).toMatchObject({ canShare: true, workingVersion: { id: v2, number: 2, problems: [] } });
    await shareForReview({ surveyId, revision: await revisionOf(surveyId), adviceDeadline: deadlineIn(10) });

    await signInAs("adviesraad");
    const latest = await getSharedReview(surveyId);
    expect(latest).toMatchObject({
      open: true,
      version: { id: v2, number: 2 },
      previous: { id: versionId, number: 1 },
    });
    expect(latest?.rounds.map((r) => [r.number, r.versionNumber, r.closedAt === null])).toEqual([
      [1, 1, false],
      [2, 2, true],
    ]);
    const first = await getSharedReview(surveyId, latest?.rounds[0].id);
    expect(first).toMatchObject({ open: false, version: { number: 1 }, previous: null });
  });
});
