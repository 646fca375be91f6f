import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  advice,
  advicePoints,
  adviceResponsePoints,
  adviceResponses,
  surveyVersions,
  users,
} from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { responseProblems } from "@/lib/review/response-rules";
import type { ResponseFormInput } from "@/lib/review/schema";
import type { Verdict } from "@/lib/review/types";
import {
  activeAccounts,
  type Executor,
  notFoundError,
  requireReviewViewer,
  visibleSurvey,
} from "./review-access";

export type ResponsePointView = {
  pointId: number;
  verdict: Verdict;
  explanation: string;
  handledInVersionId: number | null;
  handledInVersionNumber: number | null;
};

export type ResponseView = {
  id: number;
  adviceId: number;
  status: "draft" | "final";
  introduction: string;
  points: ResponsePointView[];
  finalizedAt: Date | null;
  finalizedByName: string | null;
  updatedAt: Date;
};

/** Submitted advice of this survey (scoped by the survey, never by the advice id alone). */
async function submittedAdvice(surveyId: number, adviceId: number, db: Executor) {
  return (
    await db
      .select({ id: advice.id, roundId: advice.reviewRoundId })
      .from(advice)
      .where(and(eq(advice.id, adviceId), eq(advice.surveyId, surveyId), eq(advice.status, "submitted")))
      .limit(1)
  )[0];
}

export async function loadResponse(adviceId: number, db: Executor): Promise<ResponseView | null> {
  const row = (
    await db
      .select({
        id: adviceResponses.id,
        adviceId: adviceResponses.adviceId,
        status: adviceResponses.status,
        introduction: adviceResponses.introduction,
        finalizedAt: adviceResponses.finalizedAt,
        finalizedByName: users.name,
        updatedAt: adviceResponses.updatedAt,
      })
      .from(adviceResponses)
      .leftJoin(users, eq(users.id, adviceResponses.finalizedBy))
      .where(eq(adviceResponses.adviceId, adviceId))
      .limit(1)
  )[0];
  if (!row) return null;
  const points = await db
    .select({
      pointId: adviceResponsePoints.pointId,
      verdict: adviceResponsePoints.verdict,
      explanation: adviceResponsePoints.explanation,
      handledInVersionId: adviceResponsePoints.handledInVersionId,
      handledInVersionNumber: surveyVersions.number,
    })
    .from(adviceResponsePoints)
    .leftJoin(surveyVersions, eq(surveyVersions.id, adviceResponsePoints.handledInVersionId))
    .where(eq(adviceResponsePoints.responseId, row.id));
  return { ...row, points };
}

/**
 * The official response to submitted advice: staff see their draft and the final response; the
 * Adviesraad only the final one. Null when there is nothing the viewer may see; undefined when
 * the advice is not visible at all (not submitted, or not this survey's).
 */
export async function getResponse(
  surveyId: number,
  adviceId: number,
): Promise<ResponseView | null | undefined> {
  const viewer = await requireReviewViewer();
  const db = getDb();
  if (!(await visibleSurvey(viewer, surveyId, db)) || !(await submittedAdvice(surveyId, adviceId, db)))
    return undefined;
  const response = await loadResponse(adviceId, db);
  if (!response) return null;
  if (viewer.side === "adviesraad" && response.status !== "final") return null;
  return response;
}

/**
 * Saves staff's response to submitted advice, as a draft or final. Finalizing needs every point
 * answered, with reasons where a point is not or partly adopted (Awb 3:50); a final response is
 * frozen, and every later save is refused here. Finalizing records the audit entry and mails every
 * active Adviesraad member, in the same transaction.
 */
export async function saveResponse(
  input: ResponseFormInput,
): Promise<{ responseId: number; roundId: number; status: "draft" | "final" }> {
  const actor = await requirePermission("survey:edit");
  return await transaction(async (tx) => {
    const visible = await visibleSurvey({ user: actor, side: "staff" }, input.surveyId, tx);
    const submitted = visible ? await submittedAdvice(input.surveyId, input.adviceId, tx) : undefined;
    if (!visible || !submitted) throw notFoundError();

    const pointIds = (
      await tx
        .select({ id: advicePoints.id })
        .from(advicePoints)
        .where(eq(advicePoints.adviceId, submitted.id))
    ).map((p) => p.id);
    await checkPointsAndVersions(input, pointIds, tx);

    const existing = await loadResponse(submitted.id, tx);
    if (existing?.status === "final") throw new InputError({ formError: "review.errors.responseFinal" });
    const expected = existing ? existing.updatedAt.getTime() : 0;
    if (input.baseUpdatedAt !== undefined && input.baseUpdatedAt !== expected) {
      throw new InputError({ formError: "review.errors.responseChangedSince" });
    }

    const finalize = input.intent === "finalize";
    if (finalize) checkComplete(input, pointIds);

    const now = new Date();
    const fields = {
      introduction: input.introduction,
      updatedAt: now,
      ...(finalize ? { status: "final" as const, finalizedBy: actor.id, finalizedAt: now } : {}),
    };
    let responseId: number;
    if (existing) {
      const updated = await tx
        .update(adviceResponses)
        .set(fields)
        .where(and(eq(adviceResponses.id, existing.id), eq(adviceResponses.status, "draft")))
        .returning({ id: adviceResponses.id });
      if (updated.length !== 1) throw new InputError({ formError: "review.errors.responseFinal" });
      responseId = existing.id;
      await tx.delete(adviceResponsePoints).where(eq(adviceResponsePoints.responseId, responseId));
    } else {
      [{ id: responseId }] = await tx
        .insert(adviceResponses)
        .values({ adviceId: submitted.id, ...fields })
        .returning({ id: adviceResponses.id });
    }
    const answered = input.points.filter((p) => p.verdict !== undefined);
    if (answered.length > 0) {
      await tx.insert(adviceResponsePoints).values(
        answered.map((p) => ({
          responseId,
          pointId: p.pointId,
          verdict: p.verdict as Verdict,
          explanation: p.explanation,
          handledInVersionId: p.handledInVersionId ?? null,
          updatedAt: now,
        })),
      );
    }

    await recordAudit(
      {
        actorId: actor.id,
        action: finalize ? "advice_response.finalized" : "advice_response.draft_saved",
        subjectType: "survey",
        subjectId: input.surveyId,
        details: {
          adviceId: submitted.id,
          responseId,
          roundId: submitted.roundId,
          answered: answered.length,
          points: pointIds.length,
        },
      },
      tx,
    );
    if (finalize) {
      for (const member of await activeAccounts("adviesraad", tx)) {
        await enqueueMail(tx, {
          to: member.email,
          template: "response_finalized",
          data: { recipientName: member.name, surveyId: input.surveyId, surveyTitle: visible.survey.title },
        });
      }
    }
    return { responseId, roundId: submitted.roundId, status: finalize ? "final" : "draft" };
  });
}

/** Answers only to this advice's points, each at most once; handled-in versions of this survey. */
async function checkPointsAndVersions(input: ResponseFormInput, pointIds: number[], db: Executor) {
  const known = new Set(pointIds);
  const seen = new Set<number>();
  for (const point of input.points) {
    if (!known.has(point.pointId) || seen.has(point.pointId)) {
      throw new InputError({ formError: "review.errors.pointUnknown" });
    }
    seen.add(point.pointId);
  }
  const versionIds = new Set(
    (
      await db
        .select({ id: surveyVersions.id })
        .from(surveyVersions)
        .where(eq(surveyVersions.surveyId, input.surveyId))
    ).map((v) => v.id),
  );
  const fieldErrors: Record<string, string[]> = {};
  input.points.forEach((point, index) => {
    if (point.handledInVersionId !== undefined && !versionIds.has(point.handledInVersionId)) {
      fieldErrors[`points.${index}.handledInVersionId`] = ["review.errors.versionUnknown"];
    }
  });
  if (Object.keys(fieldErrors).length > 0) throw new InputError({ fieldErrors });
}

/** The same rule the page shows (lib/review/response-rules.ts), with the field each problem is about. */
function checkComplete(input: ResponseFormInput, pointIds: number[]) {
  const problems = responseProblems(pointIds, input.points);
  if (problems.length === 0) return;
  const indexOf = new Map(input.points.map((p, index) => [p.pointId, index]));
  const fieldErrors: Record<string, string[]> = {};
  let formError: string | undefined;
  for (const problem of problems) {
    const index = indexOf.get(problem.pointId);
    if (index === undefined) formError = "review.errors.responseIncomplete";
    else if (problem.kind === "unanswered")
      fieldErrors[`points.${index}.verdict`] = ["review.validation.verdictRequired"];
    else if (problem.kind === "explanation_missing") {
      fieldErrors[`points.${index}.explanation`] = ["review.validation.explanationRequired"];
    }
  }
  throw new InputError({ fieldErrors, formError });
}

/** The survey's versions (number order), for "handled in version …" in the official response. */
export async function listVersionNumbers(surveyId: number): Promise<{ id: number; number: number }[]> {
  await requirePermission("survey:read");
  return await getDb()
    .select({ id: surveyVersions.id, number: surveyVersions.number })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(asc(surveyVersions.number));
}
