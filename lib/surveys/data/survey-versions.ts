import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { auditLog, reviewRounds, surveys, surveyVersions, users } from "@/db/schema";
import { requirePermission, requireUser } from "@/lib/accounts/data/session";
import { AuthorizationError } from "@/lib/accounts/errors";
import { can } from "@/lib/accounts/permissions";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { auditedVersionId, auditStepTo } from "./survey-sql";

/*
 * The versions of a survey. Staff see every version; an Adviesraad member sees only a version
 * that a review round shared with them (`getVersionForViewer`): anything else is "not found",
 * the same answer as for a version that does not exist, so it never hints that a draft exists.
 */

export type SurveyVersionListItem = {
  id: number;
  number: number;
  createdAt: Date;
  createdByName: string | null;
  frozenAt: Date | null;
  /** The version staff edit now (a draft) or residents answer (open). */
  isCurrent: boolean;
  /** When each review round shared this version with the Adviesraad. */
  sharedAt: Date[];
  /** The survey was opened for residents with this version. */
  opened: boolean;
  /** Responses given on this version (any status). */
  responses: number;
};

/** Every version of a survey, newest first; undefined when the survey does not exist. */
export async function listSurveyVersions(surveyId: number): Promise<SurveyVersionListItem[] | undefined> {
  await requirePermission("survey:read");
  const db = getDb();
  const survey = (
    await db
      .select({ status: surveys.status, currentVersionId: surveys.currentVersionId })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!survey) return undefined;
  const rows = await db
    .select({
      id: surveyVersions.id,
      number: surveyVersions.number,
      createdAt: surveyVersions.createdAt,
      createdByName: users.name,
      frozenAt: surveyVersions.frozenAt,
      responses: sql<number>`(select count(*) from responses r where r.version_id = ${surveyVersions.id})`,
    })
    .from(surveyVersions)
    .leftJoin(users, eq(users.id, surveyVersions.createdBy))
    .where(eq(surveyVersions.surveyId, surveyId))
    .orderBy(desc(surveyVersions.number));
  const rounds = await db
    .select({ versionId: reviewRounds.versionId, sharedAt: reviewRounds.sharedAt })
    .from(reviewRounds)
    .where(eq(reviewRounds.surveyId, surveyId))
    .orderBy(asc(reviewRounds.sharedAt));
  // Opened with: the version named by each audited step to "open"; a survey seeded or imported
  // as open has no such entry, so its current version counts too.
  const openedIds = new Set(
    (
      await db
        .select({ versionId: auditedVersionId() })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.subjectType, "survey"),
            eq(auditLog.subjectId, String(surveyId)),
            eq(auditLog.action, "survey.status_changed"),
            auditStepTo("open"),
          ),
        )
    ).map((r) => r.versionId),
  );
  if (["open", "closed", "published"].includes(survey.status) && survey.currentVersionId !== null) {
    openedIds.add(survey.currentVersionId);
  }
  return rows.map((row) => ({
    ...row,
    isCurrent: row.id === survey.currentVersionId,
    sharedAt: rounds.filter((r) => r.versionId === row.id).map((r) => r.sharedAt),
    opened: openedIds.has(row.id),
  }));
}

export type SurveyVersionView = {
  id: number;
  surveyId: number;
  number: number;
  definition: SurveyDefinition;
  frozenAt: Date | null;
  createdAt: Date;
};

const versionColumns = {
  id: surveyVersions.id,
  surveyId: surveyVersions.surveyId,
  number: surveyVersions.number,
  definition: surveyVersions.definition,
  frozenAt: surveyVersions.frozenAt,
  createdAt: surveyVersions.createdAt,
};

/**
 * One version for whoever asks: staff any version of the survey; an Adviesraad member only a
 * version a review round shared with them (undefined otherwise, as for an unknown version);
 * every other role is refused (`AuthorizationError`).
 */
export async function getVersionForViewer(
  surveyId: number,
  versionId: number,
): Promise<SurveyVersionView | undefined> {
  const user = await requireUser();
  const db = getDb();
  const scoped = and(eq(surveyVersions.id, versionId), eq(surveyVersions.surveyId, surveyId));
  let row: (Omit<SurveyVersionView, "definition"> & { definition: unknown }) | undefined;
  if (can(user.role, "survey:read")) {
    row = (await db.select(versionColumns).from(surveyVersions).where(scoped).limit(1))[0];
  } else if (can(user.role, "review:participate")) {
    row = (
      await db
        .select(versionColumns)
        .from(surveyVersions)
        .innerJoin(
          reviewRounds,
          and(
            eq(reviewRounds.versionId, surveyVersions.id),
            eq(reviewRounds.surveyId, surveyVersions.surveyId),
          ),
        )
        .where(scoped)
        .limit(1)
    )[0];
  } else {
    throw new AuthorizationError("forbidden", "review:participate");
  }
  return row ? { ...row, definition: row.definition as SurveyDefinition } : undefined;
}

/** A version by its number within the survey, for staff (the compare page's `van`/`naar`). */
export async function getVersionByNumber(
  surveyId: number,
  number: number,
): Promise<SurveyVersionView | undefined> {
  await requirePermission("survey:read");
  const row = (
    await getDb()
      .select(versionColumns)
      .from(surveyVersions)
      .where(and(eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.number, number)))
      .limit(1)
  )[0];
  return row ? { ...row, definition: row.definition as SurveyDefinition } : undefined;
}

/** A version's definition, scoped by its survey. */
export async function findSurveyVersion(
  surveyId: number,
  versionId: number,
  db: Executor = getDb(),
): Promise<{ id: number; number: number; definition: SurveyDefinition; frozenAt: Date | null } | undefined> {
  const row = (
    await db
      .select({
        id: surveyVersions.id,
        number: surveyVersions.number,
        definition: surveyVersions.definition,
        frozenAt: surveyVersions.frozenAt,
      })
      .from(surveyVersions)
      .where(and(eq(surveyVersions.id, versionId), eq(surveyVersions.surveyId, surveyId)))
      .limit(1)
  )[0];
  return row ? { ...row, definition: row.definition as SurveyDefinition } : undefined;
}
