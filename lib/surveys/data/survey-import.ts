import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { type Executor, getDb } from "@/db/client";
import { auditLog, surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { slugify } from "@/lib/surveys/builder/ids";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import type { ANONYMITY, SurveyStatus } from "@/lib/surveys/types";

/**
 * System-level survey import and export, with NO session check: for the operator CLI
 * (`survey:import`, `survey:export`) and the demo seed only. Whoever can run these already has
 * the database file; pages and server actions must never call them.
 */

/** A survey's public address part: lowercase words joined by single hyphens. */
export const SURVEY_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SURVEY_SLUG_MAX_LENGTH = 80;

/** Either the connection or a transaction on it: the seed writes everything in one transaction. */
export type DbWriter = Executor;

export function slugProblem(slug: string): string | undefined {
  if (slug.length > SURVEY_SLUG_MAX_LENGTH)
    return `slug "${slug}" is longer than ${SURVEY_SLUG_MAX_LENGTH} characters`;
  if (!SURVEY_SLUG_PATTERN.test(slug)) {
    return `slug "${slug}" may hold only lowercase letters, digits and single hyphens (e.g. "sociaal-domein-2026")`;
  }
  return undefined;
}

/** "Mantelzorg in Oosterhout (concept)" → "mantelzorg-in-oosterhout-concept". */
export function slugFromTitle(title: string): string {
  return slugify(title, SURVEY_SLUG_MAX_LENGTH);
}

export async function surveySlugExists(slug: string, db: DbWriter = getDb()): Promise<boolean> {
  return (
    (await db.select({ id: surveys.id }).from(surveys).where(eq(surveys.slug, slug)).limit(1))[0] !==
    undefined
  );
}

/**
 * Writes a survey row and its version 1, and points the survey at that version. The definition
 * must already have passed `parseDefinition`. A frozen version never changes again (it is what
 * residents answer once the survey is open).
 */
export async function insertSurveyWithVersion(
  db: DbWriter,
  input: {
    slug: string;
    definition: SurveyDefinition;
    status: SurveyStatus;
    anonymity?: (typeof ANONYMITY)[number];
    frozen?: boolean;
    opensAt?: Date;
    createdBy?: number | null;
  },
): Promise<{ surveyId: number; versionId: number }> {
  const now = new Date();
  const [survey] = await db
    .insert(surveys)
    .values({
      slug: input.slug,
      title: input.definition.title,
      status: input.status,
      anonymity: input.anonymity ?? "anonymous",
      opensAt: input.opensAt,
      createdBy: input.createdBy ?? null,
    })
    .returning({ id: surveys.id });
  const [version] = await db
    .insert(surveyVersions)
    .values({
      surveyId: survey.id,
      number: 1,
      definition: input.definition,
      frozenAt: input.frozen ? now : null,
      createdBy: input.createdBy ?? null,
    })
    .returning({ id: surveyVersions.id });
  await db.update(surveys).set({ currentVersionId: version.id }).where(eq(surveys.id, survey.id));
  return { surveyId: survey.id, versionId: version.id };
}

export type ImportResult =
  | { ok: true; surveyId: number; versionId: number; slug: string; title: string }
  | { ok: false; errors: string[] };

/**
 * Creates a new survey in status `concept` from a definition document (the format
 * `exportSurveyDefinition` writes). Every problem is returned, each naming its place; nothing is
 * written unless the definition is valid and the slug is free.
 */
export async function importSurveyDefinition(
  input: unknown,
  options: { slug?: string } = {},
): Promise<ImportResult> {
  const parsed = parseDefinition(input);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const definition = parsed.definition;
  const slug = options.slug ?? slugFromTitle(definition.title);
  const problem = slugProblem(slug);
  if (problem) return { ok: false, errors: [problem] };

  return await transaction(async (tx) => {
    if (await surveySlugExists(slug, tx)) {
      return {
        ok: false as const,
        errors: [`a survey with slug "${slug}" already exists; choose another with --slug`],
      };
    }
    const ids = await insertSurveyWithVersion(tx, { slug, definition, status: "concept" });
    await tx.insert(auditLog).values({
      action: "survey.imported",
      subjectType: "survey",
      subjectId: String(ids.surveyId),
      details: { slug, via: "operator-cli" },
    });
    return { ok: true as const, ...ids, slug, title: definition.title };
  });
}

/**
 * The definition of a survey's current version (or its latest version when none is current yet),
 * exactly as stored; undefined when no survey has that slug.
 */
export async function exportSurveyDefinition(slug: string): Promise<SurveyDefinition | undefined> {
  const db = getDb();
  const survey = (
    await db
      .select({ id: surveys.id, currentVersionId: surveys.currentVersionId })
      .from(surveys)
      .where(eq(surveys.slug, slug))
      .limit(1)
  )[0];
  if (!survey) return undefined;
  const version =
    survey.currentVersionId === null
      ? (
          await db
            .select({ definition: surveyVersions.definition })
            .from(surveyVersions)
            .where(eq(surveyVersions.surveyId, survey.id))
            .orderBy(desc(surveyVersions.number))
            .limit(1)
        )[0]
      : (
          await db
            .select({ definition: surveyVersions.definition })
            .from(surveyVersions)
            .where(
              and(eq(surveyVersions.id, survey.currentVersionId), eq(surveyVersions.surveyId, survey.id)),
            )
            .limit(1)
        )[0];
  return version?.definition as SurveyDefinition | undefined;
}
