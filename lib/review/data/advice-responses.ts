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
function submittedAdvice(surveyId: number, adviceId: number, db: Executor) {
  return db
    .select({ id: advice.id, roundId: advice.reviewRoundId })
    .from(advice)
    .where(and(eq(advice.id, adviceId), eq(advice.surveyId, surveyId), eq(advice.status, "submitted")))
    .get();
}

export function loadResponse(adviceId: number, db: Executor): ResponseView | null {
  const row = db
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
    .get();
  if (!row) return null;
  const points = db
    .select({
      pointId: adviceResponsePoints.pointId,
      verdict: adviceResponsePoints.verdict,
      explanation: adviceResponsePoints.explanation,
      handledInVersionId: adviceResponsePoints.handledInVersionId,
      handledInVersionNumber: surveyVersions.number,
    })
    .from(adviceResponsePoints)
    .leftJoin(surveyVersions, eq(surveyVersions.id, adviceResponsePoints.handledInVersionId))
    .where(eq(adviceResponsePoints.responseId, row.id))
    .all();
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
  if (!visibleSurvey(viewer, surveyId, db) || !submittedAdvice(surveyId, adviceId, db)) return undefined;
  const response = loadResponse(adviceId, db);
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
  const db = getDb();
  return db.transaction((tx) => {
    const visible = visibleSurvey({ user: actor, side: "staff" }, input.surveyId, tx);
    const submitted = visible ? submittedAdvice(input.surveyId, input.adviceId, tx) : undefined;
    if (!visible || !submitted) throw notFoundError();

    const pointIds = tx
      .select({ id: advicePoints.id })
      .from(advicePoints)
      .where(eq(advicePoints.adviceId, submitted.id))
      .all()
      .map((p) => p.id);
    checkPointsAndVersions(input, pointIds, tx);

    const existing = loadResponse(submitted.id, tx);
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
      const updated = tx
        .update(adviceResponses)
        .set(fields)
        .where(and(eq(adviceResponses.id, existing.id), eq(adviceResponses.status, "draft")))
        .run();
      if (updated.changes !== 1) throw new InputError({ formError: "review.errors.responseFinal" });
      responseId = existing.id;
      tx.delete(adviceResponsePoints).where(eq(adviceResponsePoints.responseId, responseId)).run();
    } else {
      [{ id: responseId }] = tx
        .insert(adviceResponses)
        .values({ adviceId: submitted.id, ...fields })
        .returning({ id: adviceResponses.id })
        .all();
    }
    const answered = input.points.filter((p) => p.verdict !== undefined);
    if (answered.length > 0) {
      tx.insert(adviceResponsePoints)
        .values(
          answered.map((p) => ({
            responseId,
            pointId: p.pointId,
            verdict: p.verdict as Verdict,
            explanation: p.explanation,
            handledInVersionId: p.handledInVersionId ?? null,
            updatedAt: now,
          })),
        )
        .run();
    }

    recordAudit(
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
      for (const member of activeAccounts("adviesraad", tx)) {
        enqueueMail(tx, {
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
function checkPointsAndVersions(input: ResponseFormInput, pointIds: number[], db: Executor) {
  const known = new Set(pointIds);
  const seen = new Set<number>();
  for (const point of input.points) {
    if (!known.has(point.pointId) || seen.has(point.pointId)) {
      throw new InputError({ formError: "review.errors.pointUnknown" });
    }
    seen.add(point.pointId);
  }
  const versionIds = new Set(
    db
      .select({ id: surveyVersions.id })
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, input.surveyId))
      .all()
      .map((v) => v.id),
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
  return getDb()
    .select({ id: surveyVersions.id, number: surveyVersions.number })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(asc(surveyVersions.number))
    .all();
}
