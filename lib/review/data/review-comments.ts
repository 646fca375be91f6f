import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { reviewComments, surveyVersions, users } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { assertPermission, requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { questionIdSet } from "@/lib/review/questions";
import type { CommentInput, ReplyInput, ResolveThreadInput } from "@/lib/review/schema";
import { buildThreads, type ReviewComment, type ReviewThread } from "@/lib/review/threads";
import { findSurveyVersion } from "@/lib/surveys/data/survey-versions";
import {
  type Executor,
  notFoundError,
  openRoundOf,
  requireReviewViewer,
  visibleSurvey,
} from "./review-access";

export type CommentView = ReviewComment & {
  authorName: string | null;
  /** Whose side wrote it: shown as "Adviesraad" or "Gemeente" beside the name. */
  authorSide: "adviesraad" | "staff" | null;
  /** The number of the version the comment was made on. */
  versionNumber: number;
  resolvedByName: string | null;
};

export type ThreadView = ReviewThread<CommentView>;

/**
 * Every thread on a survey, on every version shared with the Adviesraad, oldest first. A thread
 * belongs to its question by the question's stable id, so later versions show it too.
 */
export async function listThreads(surveyId: number): Promise<ThreadView[] | null> {
  const viewer = await requireReviewViewer();
  const db = getDb();
  const visible = await visibleSurvey(viewer, surveyId, db);
  if (!visible) return null;
  const sharedVersions = new Set(visible.rounds.map((r) => r.versionId));
  const resolver = db.select({ id: users.id, name: users.name }).from(users).as("resolver");
  const rows = await db
    .select({
      id: reviewComments.id,
      threadId: reviewComments.threadId,
      questionId: reviewComments.questionId,
      versionId: reviewComments.versionId,
      versionNumber: surveyVersions.number,
      authorId: reviewComments.authorId,
      authorName: users.name,
      authorRole: users.role,
      body: reviewComments.body,
      createdAt: reviewComments.createdAt,
      resolvedAt: reviewComments.resolvedAt,
      resolvedByName: resolver.name,
    })
    .from(reviewComments)
    .innerJoin(
      surveyVersions,
      and(
        eq(surveyVersions.id, reviewComments.versionId),
        eq(surveyVersions.surveyId, reviewComments.surveyId),
      ),
    )
    .leftJoin(users, eq(users.id, reviewComments.authorId))
    .leftJoin(resolver, eq(resolver.id, reviewComments.resolvedBy))
    .where(eq(reviewComments.surveyId, surveyId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
  const comments: CommentView[] = rows
    // Only comments on versions that were shared (all are, but the Adviesraad's view is bounded by it).
    .filter((row) => sharedVersions.has(row.versionId))
    .map(({ authorRole, ...row }) => ({
      ...row,
      authorSide: authorRole === "adviesraad" ? "adviesraad" : authorRole ? "staff" : null,
    }));
  return buildThreads(comments);
}

async function auditComment(
  db: Executor,
  actorId: number,
  action: "review.comment_added" | "review.reply_added",
  surveyId: number,
  details: Record<string, unknown>,
) {
  await recordAudit({ actorId, action, subjectType: "survey", subjectId: surveyId, details }, db);
}

/**
 * An Adviesraad member starts a thread on one question of the version under review, or on the
 * survey as a whole. Only while the round is open, and only on the version that round shared.
 */
export async function addComment(input: CommentInput): Promise<{ id: number }> {
  const actor = await requirePermission("review:participate");
  return await transaction(async (tx) => {
    const visible = await visibleSurvey({ user: actor, side: "adviesraad" }, input.surveyId, tx);
    if (!visible) throw notFoundError();
    const round = await openRoundOf(input.surveyId, tx);
    if (round.versionId !== input.versionId)
      throw new InputError({ formError: "review.errors.versionNotUnderReview" });
    const version = await findSurveyVersion(input.surveyId, round.versionId, tx);
    if (!version) throw notFoundError();
    if (input.questionId !== undefined && !questionIdSet(version.definition).has(input.questionId)) {
      throw new InputError({ formError: "review.errors.questionUnknown" });
    }
    const [row] = await tx
      .insert(reviewComments)
      .values({
        surveyId: input.surveyId,
        versionId: round.versionId,
        questionId: input.questionId ?? null,
        authorId: actor.id,
        body: input.body,
      })
      .returning({ id: reviewComments.id });
    await auditComment(tx, actor.id, "review.comment_added", input.surveyId, {
      commentId: row.id,
      questionId: input.questionId ?? null,
      versionId: round.versionId,
    });
    return { id: row.id };
  });
}

/** A reply in a thread, by an Adviesraad member or by staff; only while the round is open. */
export async function addReply(input: ReplyInput): Promise<{ id: number }> {
  const viewer = await requireReviewViewer();
  if (viewer.side === "staff") assertPermission(viewer.user, "survey:edit");
  return await transaction(async (tx) => {
    if (!(await visibleSurvey(viewer, input.surveyId, tx))) throw notFoundError();
    const root = await threadRoot(input.surveyId, input.threadId, tx);
    const round = await openRoundOf(input.surveyId, tx);
    const [row] = await tx
      .insert(reviewComments)
      .values({
        surveyId: input.surveyId,
        versionId: round.versionId,
        questionId: root.questionId,
        threadId: root.id,
        authorId: viewer.user.id,
        body: input.body,
      })
      .returning({ id: reviewComments.id });
    await auditComment(tx, viewer.user.id, "review.reply_added", input.surveyId, {
      commentId: row.id,
      threadId: root.id,
      questionId: root.questionId,
      versionId: round.versionId,
    });
    return { id: row.id };
  });
}

/** A thread's first comment, scoped by the survey (never by the id alone). */
async function threadRoot(surveyId: number, threadId: number, db: Executor) {
  const root = (
    await db
      .select({
        id: reviewComments.id,
        questionId: reviewComments.questionId,
        resolvedAt: reviewComments.resolvedAt,
      })
      .from(reviewComments)
      .where(
        and(
          eq(reviewComments.id, threadId),
          eq(reviewComments.surveyId, surveyId),
          isNull(reviewComments.threadId),
        ),
      )
      .limit(1)
  )[0];
  if (!root) throw new InputError({ formError: "review.errors.threadUnknown" });
  return root;
}

/** Staff mark a thread resolved, or open it again. */
export async function setThreadResolved(
  input: ResolveThreadInput,
): Promise<{ changed: boolean; resolved: boolean }> {
  const actor = await requirePermission("survey:edit");
  return await transaction(async (tx) => {
    if (!(await visibleSurvey({ user: actor, side: "staff" }, input.surveyId, tx))) throw notFoundError();
    const root = await threadRoot(input.surveyId, input.threadId, tx);
    if ((root.resolvedAt !== null) === input.resolved) return { changed: false, resolved: input.resolved };
    await tx
      .update(reviewComments)
      .set(
        input.resolved
          ? { resolvedAt: new Date(), resolvedBy: actor.id }
          : { resolvedAt: null, resolvedBy: null },
      )
      .where(and(eq(reviewComments.id, root.id), eq(reviewComments.surveyId, input.surveyId)));
    await recordAudit(
      {
        actorId: actor.id,
        action: input.resolved ? "review.thread_resolved" : "review.thread_reopened",
        subjectType: "survey",
        subjectId: input.surveyId,
        details: { threadId: root.id, questionId: root.questionId },
      },
      tx,
    );
    return { changed: true, resolved: input.resolved };
  });
}
