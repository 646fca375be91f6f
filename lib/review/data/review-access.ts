import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { reviewRounds, surveys, surveyVersions, users } from "@/db/schema";
import { requireUser } from "@/lib/accounts/data/session";
import { AuthorizationError, InputError } from "@/lib/accounts/errors";
import { can } from "@/lib/accounts/permissions";
import type { SessionUser } from "@/lib/accounts/types";
import type { SurveyStatus } from "@/lib/surveys/types";

/*
 * Who may see what of a review, in one place for the review data functions:
 * - staff ("survey:read") see every survey and every round;
 * - Adviesraad members ("review:participate") see a survey only through its review rounds, and
 *   only the versions those rounds shared. Anything else is "not found", worded exactly as for a
 *   survey that does not exist, so the answer never hints that an unshared draft exists.
 */

export type ReviewSide = "staff" | "adviesraad";
export type ReviewViewer = { user: SessionUser; side: ReviewSide };

/** The database or a transaction on it. */
export type { Executor };

/** The refusal for anything a viewer may not see: the same words whether it exists or not. */
export const NOT_FOUND = "review.errors.notFound";

export function notFoundError(): InputError {
  return new InputError({ formError: NOT_FOUND });
}

/** Staff or an Adviesraad member; everyone else is refused. */
export async function requireReviewViewer(): Promise<ReviewViewer> {
  const user = await requireUser();
  if (can(user.role, "survey:read")) return { user, side: "staff" };
  if (can(user.role, "review:participate")) return { user, side: "adviesraad" };
  throw new AuthorizationError("forbidden", "review:participate");
}

export type SurveyRow = { id: number; title: string; status: SurveyStatus; revision: number; slug: string };

export async function findSurvey(surveyId: number, db: Executor = getDb()): Promise<SurveyRow | undefined> {
  return (
    await db
      .select({
        id: surveys.id,
        title: surveys.title,
        status: surveys.status,
        revision: surveys.revision,
        slug: surveys.slug,
      })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
}

export type RoundRow = {
  id: number;
  /** 1-based, in the order the rounds were shared. */
  number: number;
  versionId: number;
  versionNumber: number;
  sharedAt: Date;
  sharedByName: string | null;
  adviceDeadline: Date;
  closedAt: Date | null;
};

/** Every review round of a survey, oldest first, with the number of the version it shared. */
export async function roundsOf(surveyId: number, db: Executor = getDb()): Promise<RoundRow[]> {
  return (
    await db
      .select({
        id: reviewRounds.id,
        versionId: reviewRounds.versionId,
        versionNumber: surveyVersions.number,
        sharedAt: reviewRounds.sharedAt,
        sharedByName: users.name,
        adviceDeadline: reviewRounds.adviceDeadline,
        closedAt: reviewRounds.closedAt,
      })
      .from(reviewRounds)
      .innerJoin(
        surveyVersions,
        and(
          eq(surveyVersions.id, reviewRounds.versionId),
          eq(surveyVersions.surveyId, reviewRounds.surveyId),
        ),
      )
      .leftJoin(users, eq(users.id, reviewRounds.sharedBy))
      .where(eq(reviewRounds.surveyId, surveyId))
      .orderBy(asc(reviewRounds.sharedAt), asc(reviewRounds.id))
  ).map((row, index) => ({ ...row, number: index + 1 }));
}

/**
 * The survey and its rounds as this viewer may see them, or undefined ("not found") when the
 * survey does not exist or, for the Adviesraad, was never shared with them.
 */
export async function visibleSurvey(
  viewer: ReviewViewer,
  surveyId: number,
  db: Executor = getDb(),
): Promise<{ survey: SurveyRow; rounds: RoundRow[] } | undefined> {
  const survey = await findSurvey(surveyId, db);
  if (!survey) return undefined;
  const rounds = await roundsOf(surveyId, db);
  if (viewer.side === "adviesraad" && rounds.length === 0) return undefined;
  return { survey, rounds };
}

/** Active accounts with a role, for mail: e.g. every Adviesraad member. */
export async function activeAccounts(
  role: "adviesraad" | "staff" | "admin",
  db: Executor = getDb(),
): Promise<{ id: number; email: string; name: string }[]> {
  return await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(and(eq(users.role, role), eq(users.active, true)))
    .orderBy(asc(users.id));
}

/** For mutations: the survey's open round (the latest, not closed), or a refusal. */
export async function openRoundOf(surveyId: number, db: Executor): Promise<RoundRow> {
  const rounds = await roundsOf(surveyId, db);
  const latest = rounds[rounds.length - 1];
  if (!latest) throw notFoundError();
  if (latest.closedAt !== null) throw new InputError({ formError: "review.errors.roundClosed" });
  return latest;
}
