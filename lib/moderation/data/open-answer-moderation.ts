import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { openAnswerReviews } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { findPersonalData, type PiiFinding, type PiiKind } from "@/lib/moderation/privacy";
import { type ModerationDecisionInput, moderationDecisionSchema } from "@/lib/moderation/schema";
import type { ModerationStatus } from "@/lib/moderation/types";

/*
 * Moderators' decisions on open answers (results:moderate). Approving stores the text to publish
 * as staff accepted or edited it, after the engine has looked at that text once more: if it still
 * finds personal data the approval is refused unless staff explicitly declare they checked it,
 * and that override is recorded. Every change is audited without the text itself.
 */

/** Refusal of an approval whose text the engine still finds personal data in. */
export class PersonalDataRemainsError extends InputError {
  constructor(readonly findings: PiiFinding[]) {
    super({ fieldErrors: { text: ["moderation.errors.personalDataRemains"] } });
    this.name = "PersonalDataRemainsError";
  }

  get kinds(): PiiKind[] {
    return [...new Set(this.findings.map((f) => f.kind))];
  }
}

export type ModerationOutcome = {
  reviewId: number;
  questionId: string;
  status: ModerationStatus;
  quote: boolean;
};

type ReviewRow = {
  id: number;
  questionId: string;
  item: string;
  status: ModerationStatus;
  redactedText: string;
};

async function reviewOfSurvey(ex: Executor, surveyId: number, reviewId: number): Promise<ReviewRow> {
  const row: ReviewRow | undefined = (
    await ex
      .select({
        id: openAnswerReviews.id,
        questionId: openAnswerReviews.questionId,
        item: openAnswerReviews.item,
        status: openAnswerReviews.status,
        redactedText: openAnswerReviews.redactedText,
      })
      .from(openAnswerReviews)
      .where(and(eq(openAnswerReviews.id, reviewId), eq(openAnswerReviews.surveyId, surveyId)))
      .limit(1)
  )[0];
  // Another survey's answer is refused exactly like one that does not exist.
  if (!row) throw new InputError({ formError: "moderation.errors.answerUnknown" });
  return row;
}

/** Approve (with the text to publish) or reject one open answer of the survey. */
export async function moderateOpenAnswer(
  surveyId: number,
  reviewId: number,
  input: ModerationDecisionInput,
): Promise<ModerationOutcome> {
  const user = await requirePermission("results:moderate");
  const parsed = moderationDecisionSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join(".") || "decision";
      fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
    }
    throw new InputError({ fieldErrors });
  }
  const { decision, text, checked } = parsed.data;
  const remaining = decision === "approve" ? findPersonalData(text) : [];
  if (remaining.length > 0 && !checked) throw new PersonalDataRemainsError(remaining);

  const thisReview = and(eq(openAnswerReviews.id, reviewId), eq(openAnswerReviews.surveyId, surveyId));
  // Every statement on the transaction's handle: on PostgreSQL getDb() is the pool, whose
  // statements would run outside this transaction.
  return await transaction(async (db) => {
    const review = await reviewOfSurvey(db, surveyId, reviewId);
    const status: ModerationStatus = decision === "approve" ? "approved" : "rejected";
    if (status === "approved") {
      await db
        .update(openAnswerReviews)
        .set({ status: "approved", redactedText: text, moderatedBy: user.id, moderatedAt: new Date() })
        .where(thisReview);
    } else {
      // A rejected answer is never published, so it cannot stay a quote either.
      await db
        .update(openAnswerReviews)
        .set({ status: "rejected", quote: false, moderatedBy: user.id, moderatedAt: new Date() })
        .where(thisReview);
    }
    const quote = status === "approved" && (await isQuote(db, reviewId));
    await recordAudit(
      {
        actorId: user.id,
        action: status === "approved" ? "open_answer.approved" : "open_answer.rejected",
        subjectType: "open_answer_review",
        subjectId: reviewId,
        details: {
          surveyId,
          questionId: review.questionId,
          item: review.item,
          from: review.status,
          ...(status === "approved"
            ? {
                edited: text !== review.redactedText,
                // The kinds only, never the text: the audit log must not hold personal data.
                checkedOverride: remaining.length > 0,
                remainingKinds: [...new Set(remaining.map((f) => f.kind))],
              }
            : {}),
        },
      },
      db,
    );
    return { reviewId, questionId: review.questionId, status, quote };
  });
}

async function isQuote(ex: Executor, reviewId: number): Promise<boolean> {
  const row = (
    await ex
      .select({ quote: openAnswerReviews.quote })
      .from(openAnswerReviews)
      .where(eq(openAnswerReviews.id, reviewId))
      .limit(1)
  )[0];
  return row?.quote === true;
}

/** Pick an approved answer as a quote for the public page, or drop it. Only approved answers can be quotes. */
export async function setQuote(
  surveyId: number,
  reviewId: number,
  quote: boolean,
): Promise<ModerationOutcome> {
  const user = await requirePermission("results:moderate");
  return await transaction(async (db) => {
    const review = await reviewOfSurvey(db, surveyId, reviewId);
    // Picked only while approved, decided by the UPDATE itself: a rejection committed by another
    // moderator after the read above leaves nothing to pick (PostgreSQL runs the two side by side).
    const changed = await db
      .update(openAnswerReviews)
      .set({ quote })
      .where(
        and(
          eq(openAnswerReviews.id, reviewId),
          eq(openAnswerReviews.surveyId, surveyId),
          quote ? eq(openAnswerReviews.status, "approved") : undefined,
        ),
      )
      .returning({ id: openAnswerReviews.id });
    if (changed.length === 0) throw new InputError({ formError: "moderation.errors.quoteNeedsApproval" });
    await recordAudit(
      {
        actorId: user.id,
        action: quote ? "open_answer.quote_picked" : "open_answer.quote_dropped",
        subjectType: "open_answer_review",
        subjectId: reviewId,
        details: { surveyId, questionId: review.questionId, item: review.item },
      },
      db,
    );
    return { reviewId, questionId: review.questionId, status: review.status, quote };
  });
}
