import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { advice, adviceResponses, reviewRounds, surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { enqueueMail } from "@/lib/mail/data/mail-outbox";
import { endOfDutchDay } from "@/lib/review/deadline";
import type { ShareForReviewInput } from "@/lib/review/schema";
import {
  applySurveyTransition,
  LifecycleRefusal,
  lifecycleInputError,
} from "@/lib/surveys/data/survey-lifecycle";
import { findSurveyVersion } from "@/lib/surveys/data/survey-versions";
import { canTransition } from "@/lib/surveys/definition/lifecycle";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import {
  activeAccounts,
  type Executor,
  notFoundError,
  type ReviewSide,
  type RoundRow,
  requireReviewViewer,
  type SurveyRow,
  visibleSurvey,
} from "./review-access";

// ---- Sharing a version with the Adviesraad --------------------------------------------------------

/** The version staff are working on: the survey's current one, or its newest before there is one. */
async function workingVersionId(survey: { id: number; currentVersionId: number | null }, db: Executor) {
  if (survey.currentVersionId !== null) return survey.currentVersionId;
  return (
    await db
      .select({ id: surveyVersions.id })
      .from(surveyVersions)
      .where(eq(surveyVersions.surveyId, survey.id))
      .orderBy(desc(surveyVersions.number))
      .limit(1)
  )[0]?.id;
}

/**
 * Shares the survey's working version with the Adviesraad, in one transaction: the lifecycle step
 * concept → in review (taken by lib/surveys/data/survey-lifecycle.ts, which checks the revision the page
 * showed, the permission and the definition, freezes the version so comments and advice always
 * refer to what the Adviesraad read, bumps the revision and audits the status change), then a
 * review round with the advice deadline, the audit entry "survey.shared_for_review", and a mail
 * to every active Adviesraad member. A next round follows the lifecycle: staff take the survey
 * back for revision (in review → concept, a new draft version) and share again.
 */
export async function shareForReview(
  input: ShareForReviewInput,
): Promise<{ roundId: number; versionId: number }> {
  const actor = await requirePermission("survey:edit");
  const adviceDeadline = endOfDutchDay(input.adviceDeadline);
  try {
    return await transaction(async (tx) => {
      const step = await applySurveyTransition(tx, {
        surveyId: input.surveyId,
        to: "in_review",
        expectedRevision: input.revision,
        actor,
        viaReviewShare: true,
      });
      const version =
        step.versionId === null ? undefined : await findSurveyVersion(input.surveyId, step.versionId, tx);
      if (!version) throw new LifecycleRefusal("invalid_definition");
      const now = new Date();
      // One round is open at a time: an earlier one still open (it should not be) ends here.
      await tx
        .update(reviewRounds)
        .set({ closedAt: now })
        .where(and(eq(reviewRounds.surveyId, input.surveyId), isNull(reviewRounds.closedAt)));
      const [round] = await tx
        .insert(reviewRounds)
        .values({
          surveyId: input.surveyId,
          versionId: version.id,
          sharedBy: actor.id,
          sharedAt: now,
          adviceDeadline,
        })
        .returning({ id: reviewRounds.id });

      const members = await activeAccounts("adviesraad", tx);
      await recordAudit(
        {
          actorId: actor.id,
          action: "survey.shared_for_review",
          subjectType: "survey",
          subjectId: input.surveyId,
          details: {
            roundId: round.id,
            versionId: version.id,
            versionNumber: version.number,
            adviceDeadline: adviceDeadline.toISOString(),
            revision: step.revision,
            mailedMembers: members.length,
          },
        },
        tx,
      );
      for (const member of members) {
        await enqueueMail(tx, {
          to: member.email,
          template: "review_shared",
          data: {
            recipientName: member.name,
            surveyId: input.surveyId,
            surveyTitle: version.definition.title,
            adviceDeadline,
          },
        });
      }
      return { roundId: round.id, versionId: version.id };
    });
  } catch (error) {
    if (error instanceof LifecycleRefusal) throw await shareRefusal(error);
    throw error;
  }
}

/** A refused share in words for the person sharing; a stale page names who changed the survey. */
async function shareRefusal(refusal: LifecycleRefusal): Promise<InputError> {
  switch (refusal.reason) {
    case "not_found":
      return notFoundError();
    case "stale":
      return lifecycleInputError(refusal);
    case "invalid_definition":
      return new InputError({ formError: "review.errors.definitionInvalid" });
    default:
      return new InputError({ formError: "review.errors.cannotShare" });
  }
}

// ---- Reading rounds --------------------------------------------------------------------------------

export type RoundStatus = RoundRow & {
  advice: { id: number; status: "draft" | "submitted"; submittedAt: Date | null; late: boolean } | null;
  responseStatus: "draft" | "final" | null;
};

/** Rounds with where their advice and response stand. The Adviesraad's advice drafts stay theirs. */
async function withAdviceStatus(rounds: RoundRow[], side: ReviewSide, db: Executor): Promise<RoundStatus[]> {
  if (rounds.length === 0) return [];
  const rows = await db
    .select({
      roundId: advice.reviewRoundId,
      id: advice.id,
      status: advice.status,
      submittedAt: advice.submittedAt,
      late: advice.late,
      responseStatus: adviceResponses.status,
    })
    .from(advice)
    .leftJoin(adviceResponses, eq(adviceResponses.adviceId, advice.id))
    .where(
      inArray(
        advice.reviewRoundId,
        rounds.map((r) => r.id),
      ),
    );
  const byRound = new Map(rows.map((r) => [r.roundId, r]));
  return rounds.map((round) => {
    const row = byRound.get(round.id);
    const visible = row && (side === "adviesraad" || row.status === "submitted");
    // The response is the municipality's until it is final.
    const responseStatus =
      visible && row.responseStatus && (side === "staff" || row.responseStatus === "final")
        ? row.responseStatus
        : null;
    return {
      ...round,
      advice: visible
        ? { id: row.id, status: row.status, submittedAt: row.submittedAt, late: row.late }
        : null,
      responseStatus,
    };
  });
}

export type StaffReviewOverview = {
  survey: SurveyRow;
  rounds: RoundStatus[];
  /** Whether the lifecycle allows sharing now (concept → in review). */
  canShare: boolean;
  /** The version a share would freeze, and its definition problems (sharing needs none). */
  workingVersion: { id: number; number: number; problems: string[] } | null;
};

/** For staff: the survey's review rounds, and whether (and what) they can share now. */
export async function getStaffReviewOverview(surveyId: number): Promise<StaffReviewOverview | null> {
  const user = await requirePermission("survey:read");
  const db = getDb();
  const survey = (
    await db
      .select({ id: surveys.id, currentVersionId: surveys.currentVersionId })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  const visible = survey ? await visibleSurvey({ user, side: "staff" }, surveyId, db) : undefined;
  if (!survey || !visible) return null;
  const versionId = await workingVersionId(survey, db);
  const version = versionId === undefined ? undefined : await findSurveyVersion(surveyId, versionId, db);
  const parsed = version ? parseDefinition(version.definition) : null;
  return {
    survey: visible.survey,
    rounds: await withAdviceStatus(visible.rounds, "staff", db),
    canShare: canTransition(visible.survey.status, "in_review"),
    workingVersion: version
      ? { id: version.id, number: version.number, problems: parsed && !parsed.ok ? parsed.errors : [] }
      : null,
  };
}

export type SharedSurveyListItem = {
  surveyId: number;
  title: string;
  latestRound: RoundStatus;
  roundCount: number;
};

/** For the Adviesraad: every survey shared with them, the most recent share first. */
export async function listSharedSurveys(): Promise<SharedSurveyListItem[]> {
  const viewer = await requireReviewViewer();
  const db = getDb();
  const surveyIds = (await db.selectDistinct({ surveyId: reviewRounds.surveyId }).from(reviewRounds)).map(
    (r) => r.surveyId,
  );
  const items: SharedSurveyListItem[] = [];
  for (const surveyId of surveyIds) {
    const visible = await visibleSurvey(viewer, surveyId, db);
    if (!visible || visible.rounds.length === 0) continue;
    const rounds = await withAdviceStatus(visible.rounds, viewer.side, db);
    const latestRound = rounds[rounds.length - 1];
    const version = await findSurveyVersion(surveyId, latestRound.versionId, db);
    items.push({
      surveyId,
      title: version?.definition.title ?? visible.survey.title,
      latestRound,
      roundCount: rounds.length,
    });
  }
  return items.sort((a, b) => b.latestRound.sharedAt.getTime() - a.latestRound.sharedAt.getTime());
}

export type SharedVersion = { id: number; number: number; definition: SurveyDefinition };

export type SharedReview = {
  side: ReviewSide;
  surveyId: number;
  /** The title of the shared version (what the Adviesraad read). */
  title: string;
  rounds: RoundStatus[];
  /** The round being read. */
  round: RoundStatus;
  version: SharedVersion;
  /** The version shared in the round before, to show what changed; null for the first round. */
  previous: SharedVersion | null;
  /** Comments and replies are possible while the round is open. */
  open: boolean;
};

/**
 * One review round of a survey as the viewer may read it: for the Adviesraad only rounds shared
 * with them (else null, as for a survey that does not exist). Without `roundId`: the latest round.
 */
export async function getSharedReview(surveyId: number, roundId?: number): Promise<SharedReview | null> {
  const viewer = await requireReviewViewer();
  const db = getDb();
  const visible = await visibleSurvey(viewer, surveyId, db);
  if (!visible || visible.rounds.length === 0) return null;
  const rounds = await withAdviceStatus(visible.rounds, viewer.side, db);
  const index = roundId === undefined ? rounds.length - 1 : rounds.findIndex((r) => r.id === roundId);
  if (index < 0) return null;
  const round = rounds[index];
  const version = await findSurveyVersion(surveyId, round.versionId, db);
  if (!version) return null;
  const before = rounds
    .slice(0, index)
    .reverse()
    .find((r) => r.versionId !== round.versionId);
  const previous = before ? ((await findSurveyVersion(surveyId, before.versionId, db)) ?? null) : null;
  return {
    side: viewer.side,
    surveyId,
    title: version.definition.title,
    rounds,
    round,
    version: { id: version.id, number: version.number, definition: version.definition },
    previous: previous ? { id: previous.id, number: previous.number, definition: previous.definition } : null,
    open: round.closedAt === null && index === rounds.length - 1,
  };
}
