import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { surveys, surveyVersions } from "@/db/schema";
import type { SurveyDefinition } from "@/lib/survey/schema";

export type OpenSurvey = {
  id: number;
  slug: string;
  title: string;
  versionId: number;
  definition: SurveyDefinition;
  closesAt: Date | null;
};

/** Public data: only surveys that are open, with their current (frozen) version. No session needed. */
export function listOpenSurveys(): { slug: string; title: string; intro: string; closesAt: Date | null }[] {
  const rows = getDb()
    .select({
      slug: surveys.slug,
      title: surveys.title,
      definition: surveyVersions.definition,
      closesAt: surveys.closesAt,
    })
    .from(surveys)
    .innerJoin(
      surveyVersions,
      and(eq(surveyVersions.id, surveys.currentVersionId), eq(surveyVersions.surveyId, surveys.id)),
    )
    .where(eq(surveys.status, "open"))
    .orderBy(asc(surveys.title))
    .all();
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    intro: (r.definition as SurveyDefinition).intro,
    closesAt: r.closesAt,
  }));
}

export type SurveyLookup = { state: "open"; survey: OpenSurvey } | { state: "closed" } | { state: "unknown" };

/**
 * Finds a survey a resident may answer. Drafts are "unknown" to residents (they must not learn a
 * draft exists); closed and published surveys are "closed".
 */
export function findSurveyForRespondent(slug: string, now = new Date()): SurveyLookup {
  const row = getDb()
    .select({
      id: surveys.id,
      slug: surveys.slug,
      title: surveys.title,
      status: surveys.status,
      opensAt: surveys.opensAt,
      closesAt: surveys.closesAt,
      versionId: surveyVersions.id,
      definition: surveyVersions.definition,
    })
    .from(surveys)
    .leftJoin(
      surveyVersions,
      and(eq(surveyVersions.id, surveys.currentVersionId), eq(surveyVersions.surveyId, surveys.id)),
    )
    .where(eq(surveys.slug, slug))
    .get();
  if (!row) return { state: "unknown" };
  if (row.status === "closed" || row.status === "published") return { state: "closed" };
  if (row.status !== "open" || row.versionId === null || row.definition === null) return { state: "unknown" };
  if (row.opensAt && row.opensAt > now) return { state: "unknown" };
  if (row.closesAt && row.closesAt <= now) return { state: "closed" };
  return {
    state: "open",
    survey: {
      id: row.id,
      slug: row.slug,
      title: row.title,
      versionId: row.versionId,
      definition: row.definition as SurveyDefinition,
      closesAt: row.closesAt,
    },
  };
}
