import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { type Db, getDb } from "@/db/client";
import { surveys, surveyVersions } from "@/db/schema";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";

export type OpenSurvey = {
  id: number;
  slug: string;
  title: string;
  versionId: number;
  definition: SurveyDefinition;
  closesAt: Date | null;
  anonymity: "anonymous" | "pseudonymous";
};

/** Public data: only surveys that are open, with their current (frozen) version. No session needed. */
export async function listOpenSurveys(): Promise<
  { slug: string; title: string; intro: string; closesAt: Date | null }[]
> {
  const rows = await getDb()
    .select({
      slug: surveys.slug,
      title: surveys.title,
      versionId: surveyVersions.id,
      frozenAt: surveyVersions.frozenAt,
      closesAt: surveys.closesAt,
    })
    .from(surveys)
    .innerJoin(
      surveyVersions,
      and(eq(surveyVersions.id, surveys.currentVersionId), eq(surveyVersions.surveyId, surveys.id)),
    )
    .where(eq(surveys.status, "open"))
    .orderBy(asc(surveys.title));
  return Promise.all(
    rows.map(async (r) => ({
      slug: r.slug,
      title: r.title,
      intro: (await versionDefinition(r.versionId, r.frozenAt)).intro,
      closesAt: r.closesAt,
    })),
  );
}

export type SurveyLookup = { state: "open"; survey: OpenSurvey } | { state: "closed" } | { state: "unknown" };

// Every page view of a resident reads the survey; prepared once per connection, not per request.
const lookupStatements = new WeakMap<Db, ReturnType<typeof prepareLookup>>();

function prepareLookup(db: Db) {
  return db
    .select({
      id: surveys.id,
      slug: surveys.slug,
      title: surveys.title,
      status: surveys.status,
      opensAt: surveys.opensAt,
      closesAt: surveys.closesAt,
      anonymity: surveys.anonymity,
      versionId: surveyVersions.id,
      frozenAt: surveyVersions.frozenAt,
    })
    .from(surveys)
    .leftJoin(
      surveyVersions,
      and(eq(surveyVersions.id, surveys.currentVersionId), eq(surveyVersions.surveyId, surveys.id)),
    )
    .where(eq(surveys.slug, sql.placeholder("slug")))
    .prepare();
}

/**
 * Finds a survey a resident may answer. Drafts are "unknown" to residents (they must not learn a
 * draft exists); closed and published surveys are "closed". Cached for the request, so the page
 * and its metadata read the database once.
 */
export const findSurveyForRespondent = cache(async (slug: string): Promise<SurveyLookup> => {
  const db = getDb();
  let statement = lookupStatements.get(db);
  if (!statement) {
    statement = prepareLookup(db);
    lookupStatements.set(db, statement);
  }
  const row = (await statement.execute({ slug }))[0];
  const now = new Date();
  if (!row) return { state: "unknown" };
  if (row.status === "closed" || row.status === "published") return { state: "closed" };
  if (row.status !== "open" || row.versionId === null) return { state: "unknown" };
  if (row.opensAt && row.opensAt > now) return { state: "unknown" };
  if (row.closesAt && row.closesAt <= now) return { state: "closed" };
  return {
    state: "open",
    survey: {
      id: row.id,
      slug: row.slug,
      title: row.title,
      versionId: row.versionId,
      definition: await versionDefinition(row.versionId, row.frozenAt),
      closesAt: row.closesAt,
      anonymity: row.anonymity,
    },
  };
});

/**
 * A frozen version never changes, so its parsed definition is kept in memory (a cache of
 * immutable data, safe with several app instances); a version still being edited is read fresh.
 */
const frozenDefinitions = new Map<number, SurveyDefinition>();
const FROZEN_CACHE_LIMIT = 200;

async function versionDefinition(versionId: number, frozenAt: Date | null): Promise<SurveyDefinition> {
  const cached = frozenAt ? frozenDefinitions.get(versionId) : undefined;
  if (cached) return cached;
  const row = (
    await getDb()
      .select({ definition: surveyVersions.definition })
      .from(surveyVersions)
      .where(eq(surveyVersions.id, versionId))
      .limit(1)
  )[0];
  const definition = row?.definition as SurveyDefinition;
  if (frozenAt) {
    if (frozenDefinitions.size >= FROZEN_CACHE_LIMIT) frozenDefinitions.clear();
    frozenDefinitions.set(versionId, definition);
  }
  return definition;
}
