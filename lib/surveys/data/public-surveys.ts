import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { type Db, getDb } from "@/db/client";
import { surveys, surveyVersions } from "@/db/schema";
import type { Locale } from "@/i18n/locales";
import { isCurrentVersion } from "@/lib/surveys/data/current-version";
import { localizeDefinition, surveyLanguages } from "@/lib/surveys/definition/localize-definition";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";

export type OpenSurvey = {
  id: number;
  slug: string;
  title: string;
  versionId: number;
  /** In `language`: the resident's pages render it as they get it. Ids and option values are the source's. */
  definition: SurveyDefinition;
  /** The language the survey's content is shown in: the interface's when the survey offers it, else Dutch. */
  language: Locale;
  /** The languages the survey offers (Dutch first, then each complete translation). */
  languages: Locale[];
  closesAt: Date | null;
  anonymity: "anonymous" | "pseudonymous";
  /** When staff expect to publish the results (YYYY-MM-DD), if they said. */
  resultsExpectedOn: string | null;
};

/** Public data: only surveys that are open, with their current (frozen) version. No session needed. */
export async function listOpenSurveys(): Promise<
  { slug: string; title: string; intro: string; language: Locale; closesAt: Date | null }[]
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
    .innerJoin(surveyVersions, isCurrentVersion)
    .where(eq(surveys.status, "open"))
    .orderBy(asc(surveys.title));
  const locale = (await getLocale()) as Locale;
  return Promise.all(
    rows.map(async (r) => {
      const { definition, language } = inLanguage(await versionDefinition(r.versionId, r.frozenAt), locale);
      return {
        slug: r.slug,
        title: language === "nl" ? r.title : definition.title,
        intro: definition.intro,
        language,
        closesAt: r.closesAt,
      };
    }),
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
      resultsExpectedOn: surveys.resultsExpectedOn,
      versionId: surveyVersions.id,
      frozenAt: surveyVersions.frozenAt,
    })
    .from(surveys)
    .leftJoin(surveyVersions, isCurrentVersion)
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
  const source = await versionDefinition(row.versionId, row.frozenAt);
  const { definition, language, languages } = inLanguage(source, (await getLocale()) as Locale);
  return {
    state: "open",
    survey: {
      id: row.id,
      slug: row.slug,
      title: language === "nl" ? row.title : definition.title,
      versionId: row.versionId,
      definition,
      language,
      languages,
      closesAt: row.closesAt,
      anonymity: row.anonymity,
      resultsExpectedOn: row.resultsExpectedOn,
    },
  };
});

/**
 * The survey in the interface's language when it offers that language, else in Dutch. Frozen
 * definitions are shared objects (the cache below), so each language's copy is kept with them.
 */
const localized = new WeakMap<SurveyDefinition, Map<Locale, SurveyDefinition>>();
const offered = new WeakMap<SurveyDefinition, Locale[]>();

function inLanguage(source: SurveyDefinition, interfaceLocale: Locale) {
  let languages = offered.get(source);
  if (!languages) {
    languages = surveyLanguages(source);
    offered.set(source, languages);
  }
  const language: Locale = languages.includes(interfaceLocale) ? interfaceLocale : "nl";
  let copies = localized.get(source);
  if (!copies) {
    copies = new Map();
    localized.set(source, copies);
  }
  let definition = copies.get(language);
  if (!definition) {
    definition = localizeDefinition(source, language);
    copies.set(language, definition);
  }
  return { definition, language, languages };
}

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
