import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { advice, advicePoints, users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { isLate } from "@/lib/review/deadline";
import { questionIdSet } from "@/lib/review/questions";
import type { AdviceFormInput } from "@/lib/review/schema";
import { findSurveyVersion } from "@/lib/surveys/data/survey-versions";
import {
  activeAccounts,
  type Executor,
  notFoundError,
  type RoundRow,
  requireReviewViewer,
  visibleSurvey,
} from "./review-access";

export type AdvicePointView = { id: number; number: number; body: string; questionIds: string[] };

export type AdviceView = {
  id: number;
  roundId: number;
  status: "draft" | "submitted";
  introduction: string;
  points: AdvicePointView[];
  submittedAt: Date | null;
  /** The member who pressed "submit"; the advice itself is the Adviesraad's as a body. */
  submittedByName: string | null;
  late: boolean;
  updatedAt: Date;
};

async function loadAdvice(roundId: number, surveyId: number, db: Executor): Promise<AdviceView | null> {
  const row = (
    await db
      .select({
        id: advice.id,
        roundId: advice.reviewRoundId,
        status: advice.status,
        introduction: advice.introduction,
        submittedAt: advice.submittedAt,
        submittedByName: users.name,
        late: advice.late,
        updatedAt: advice.updatedAt,
      })
      .from(advice)
      .leftJoin(users, eq(users.id, advice.submittedBy))
      .where(and(eq(advice.reviewRoundId, roundId), eq(advice.surveyId, surveyId)))
      .limit(1)
  )[0];
  if (!row) return null;
  return { ...row, points: await advicePointsOf(row.id, db) };
}

/** The numbered points of one advice, in order (for the advice's page and for its publication). */
export async function advicePointsOf(adviceId: number, db: Executor): Promise<AdvicePointView[]> {
  return await db
    .select({
      id: advicePoints.id,
      number: advicePoints.number,
      body: advicePoints.body,
      questionIds: advicePoints.questionIds,
    })
    .from(advicePoints)
    .where(eq(advicePoints.adviceId, adviceId))
    .orderBy(asc(advicePoints.number));
}

/**
 * The advice on one review round: for the Adviesraad their draft or submitted advice; for staff
 * only submitted advice (a draft is the Adviesraad's own work in progress). Null when there is
 * none (yet) that the viewer may see; undefined when the round is not visible at all.
 */
export async function getAdvice(surveyId: number, roundId: number): Promise<AdviceView | null | undefined> {
  const viewer = await requireReviewViewer();
  const db = getDb();
  const visible = await visibleSurvey(viewer, surveyId, db);
  if (!visible?.rounds.some((r) => r.id === roundId)) return undefined;
  const found = await loadAdvice(roundId, surveyId, db);
  if (!found) return null;
  if (viewer.side === "staff" && found.status !== "submitted") return null;
  return found;
}

/** Who hears that advice arrived: every active policy officer; the administrators if there are none. */
async function adviceRecipients(db: Executor) {
  const staff = await activeAccounts("staff", db);
  return staff.length > 0 ? staff : await activeAccounts("admin", db);
}

/**
 * Saves the Adviesraad's advice on a round, as a draft or submitted. Submitted advice is frozen:
 * every later save is refused here, whoever sends it. Advice after the deadline is accepted and
 * marked late. Submitting records the member who submitted, the audit entry and the mail to staff,
 * all in one transaction.
 */
export async function saveAdvice(
  input: AdviceFormInput,
): Promise<{ adviceId: number; status: "draft" | "submitted"; late: boolean }> {
  const actor = await requirePermission("review:participate");
  return await transaction(async (tx) => {
    const visible = await visibleSurvey({ user: actor, side: "adviesraad" }, input.surveyId, tx);
    const round = visible?.rounds.find((r) => r.id === input.roundId);
    if (!visible || !round) throw notFoundError();
    await checkQuestionLinks(input, round, tx);

    const existing = await loadAdvice(round.id, input.surveyId, tx);
    if (existing?.status === "submitted")
      throw new InputError({ formError: "review.errors.adviceSubmitted" });
    const expected = existing ? existing.updatedAt.getTime() : 0;
    if (input.baseUpdatedAt !== undefined && input.baseUpdatedAt !== expected) {
      throw new InputError({ formError: "review.errors.adviceChangedSince" });
    }

    const now = new Date();
    const submit = input.intent === "submit";
    const late = submit && isLate(now, round.adviceDeadline);
    const fields = {
      introduction: input.introduction,
      updatedAt: now,
      ...(submit ? { status: "submitted" as const, submittedBy: actor.id, submittedAt: now, late } : {}),
    };
    let adviceId: number;
    if (existing) {
      const updated = await tx
        .update(advice)
        .set(fields)
        .where(and(eq(advice.id, existing.id), eq(advice.status, "draft")))
        .returning({ id: advice.id });
      if (updated.length !== 1) throw new InputError({ formError: "review.errors.adviceSubmitted" });
      adviceId = existing.id;
      await tx.delete(advicePoints).where(eq(advicePoints.adviceId, adviceId));
    } else {
      [{ id: adviceId }] = await tx
        .insert(advice)
        .values({ surveyId: input.surveyId, reviewRoundId: round.id, createdBy: actor.id, ...fields })
        .returning({ id: advice.id });
    }
    if (input.points.length > 0) {
      await tx.insert(advicePoints).values(
        input.points.map((point, index) => ({
          adviceId,
          number: index + 1,
          body: point.body,
          questionIds: [...new Set(point.questionIds)],
        })),
      );
    }

    await recordAudit(
      {
        actorId: actor.id,
        action: submit ? "advice.submitted" : "advice.draft_saved",
        subjectType: "survey",
        subjectId: input.surveyId,
        details: { adviceId, roundId: round.id, points: input.points.length, ...(submit ? { late } : {}) },
      },
      tx,
    );
    if (submit) {
      for (const recipient of await adviceRecipients(tx)) {
        await enqueueMail(tx, {
          to: recipient.email,
          template: "advice_submitted",
          data: {
            recipientName: recipient.name,
            surveyId: input.surveyId,
            surveyTitle: visible.survey.title,
            submittedAt: now,
            adviceDeadline: round.adviceDeadline,
            late,
          },
        });
      }
    }
    return { adviceId, status: submit ? "submitted" : "draft", late };
  });
}

/** Every linked question must be a question of the version the round shared. */
async function checkQuestionLinks(input: AdviceFormInput, round: RoundRow, db: Executor) {
  const version = await findSurveyVersion(input.surveyId, round.versionId, db);
  if (!version) throw notFoundError();
  const known = questionIdSet(version.definition);
  const fieldErrors: Record<string, string[]> = {};
  input.points.forEach((point, index) => {
    if (point.questionIds.some((id) => !known.has(id))) {
      fieldErrors[`points.${index}.questionIds`] = ["review.errors.questionUnknown"];
    }
  });
  if (Object.keys(fieldErrors).length > 0) throw new InputError({ fieldErrors });
}
