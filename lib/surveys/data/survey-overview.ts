import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { surveys, surveyVersions } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { isCurrentVersion } from "@/lib/surveys/data/current-version";
import type { SurveyStatus } from "@/lib/surveys/types";

export type SurveyOverview = {
  id: number;
  slug: string;
  title: string;
  status: SurveyStatus;
  /** The revision a lifecycle form sends back (optimistic concurrency). */
  revision: number;
  currentVersion: { id: number; number: number; frozenAt: Date | null } | null;
  opensAt: Date | null;
  closesAt: Date | null;
  /** When staff expect to publish the results (YYYY-MM-DD). */
  resultsExpectedOn: string | null;
  updatedAt: Date;
  completed: number;
  inProgress: number;
};

/** One survey's state for its staff overview page; undefined when it does not exist. */
export async function getSurveyOverview(surveyId: number): Promise<SurveyOverview | undefined> {
  await requirePermission("survey:read");
  const row = (
    await getDb()
      .select({
        id: surveys.id,
        slug: surveys.slug,
        title: surveys.title,
        status: surveys.status,
        revision: surveys.revision,
        opensAt: surveys.opensAt,
        closesAt: surveys.closesAt,
        resultsExpectedOn: surveys.resultsExpectedOn,
        updatedAt: surveys.updatedAt,
        versionId: surveyVersions.id,
        versionNumber: surveyVersions.number,
        versionFrozenAt: surveyVersions.frozenAt,
        completed: sql<number>`(select count(*) from responses r where r.survey_id = ${surveys.id} and r.status = 'completed')`,
        inProgress: sql<number>`(select count(*) from responses r where r.survey_id = ${surveys.id} and r.status = 'in_progress')`,
      })
      .from(surveys)
      .leftJoin(surveyVersions, isCurrentVersion)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!row) return undefined;
  const { versionId, versionNumber, versionFrozenAt, ...rest } = row;
  return {
    ...rest,
    currentVersion:
      versionId !== null && versionNumber !== null
        ? { id: versionId, number: versionNumber, frozenAt: versionFrozenAt }
        : null,
  };
}
