import "server-only";
import { eq } from "drizzle-orm";
import { surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { loadSurvey, neverLeftConcept, validDefinition, workingVersion } from "./survey-drafts";
import { type DbWriter, surveySlugExists } from "./survey-import";

/*
 * New concept surveys from the builder (empty, duplicated or imported) and deleting a concept
 * that never went anywhere. Each is one transaction with its audit entry (subjectType "survey").
 */

/** The first free slug: the wanted one, or with "-2", "-3", … appended. */
async function freeSlug(db: DbWriter, wanted: string): Promise<string> {
  if (!(await surveySlugExists(wanted, db))) return wanted;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${wanted.slice(0, 80 - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!(await surveySlugExists(candidate, db))) return candidate;
  }
}

/**
 * A new concept survey with version 1 of `definition`, and its audit entry: `action` and
 * `details` say how it came to be (created, imported, duplicated).
 */
async function insertConcept(
  tx: DbWriter,
  actorId: number,
  input: { slug: string; definition: SurveyDefinition },
  audit: { action: string; details: Record<string, unknown> },
): Promise<number> {
  const [survey] = await tx
    .insert(surveys)
    .values({
      slug: input.slug,
      title: input.definition.title,
      status: "concept",
      createdBy: actorId,
    })
    .returning({ id: surveys.id });
  const [version] = await tx
    .insert(surveyVersions)
    .values({ surveyId: survey.id, number: 1, definition: input.definition, createdBy: actorId })
    .returning({ id: surveyVersions.id });
  await tx.update(surveys).set({ currentVersionId: version.id }).where(eq(surveys.id, survey.id));
  await recordAudit({ actorId, ...audit, subjectType: "survey", subjectId: survey.id }, tx);
  return survey.id;
}

/** A new concept survey with the given (starter) definition; the slug must be free. */
export async function createSurvey(input: { slug: string; definition: unknown }): Promise<{ id: number }> {
  const actor = await requirePermission("survey:edit");
  const definition = validDefinition(input.definition);
  return await transaction(async (tx) => {
    if (await surveySlugExists(input.slug, tx))
      throw new InputError({ fieldErrors: { slug: ["builder.errors.slugTaken"] } });
    const id = await insertConcept(
      tx,
      actor.id,
      { slug: input.slug, definition },
      { action: "survey.created", details: { slug: input.slug, revision: 1 } },
    );
    return { id };
  });
}

/** A definition file uploaded in the builder becomes a new concept; its slug comes from the title. */
export async function importAsNewSurvey(input: {
  definition: unknown;
  slug: string;
}): Promise<{ id: number; slug: string }> {
  const actor = await requirePermission("survey:edit");
  const definition = validDefinition(input.definition);
  return await transaction(async (tx) => {
    const slug = await freeSlug(tx, input.slug);
    const id = await insertConcept(
      tx,
      actor.id,
      { slug, definition },
      { action: "survey.imported", details: { slug, via: "builder", revision: 1 } },
    );
    return { id, slug };
  });
}

/** A new concept with a copy of the survey's working definition, titled `title`. */
export async function duplicateSurvey(input: {
  surveyId: number;
  title: string;
  slug: string;
}): Promise<{ id: number; slug: string }> {
  const actor = await requirePermission("survey:edit");
  return await transaction(async (tx) => {
    const source = await loadSurvey(tx, input.surveyId);
    const definition = {
      ...((await workingVersion(tx, source.id, source.currentVersionId)).definition as SurveyDefinition),
      title: input.title,
    };
    const slug = await freeSlug(tx, input.slug);
    const id = await insertConcept(
      tx,
      actor.id,
      { slug, definition },
      { action: "survey.duplicated", details: { from: source.id, slug, revision: 1 } },
    );
    return { id, slug };
  });
}

/**
 * Deletes a concept that never left concept: never shared for review (no review round, no frozen
 * version) and never answered. Anything else has a history that must stay.
 */
export async function deleteSurvey(surveyId: number): Promise<{ title: string }> {
  const actor = await requirePermission("survey:edit");
  return await transaction(async (tx) => {
    const survey = await loadSurvey(tx, surveyId);
    if (!(await neverLeftConcept(tx, survey))) {
      throw new InputError({ formError: "builder.errors.deleteRefused" });
    }
    // Versions go with the survey (on delete cascade); the audit log keeps that it existed.
    await tx.delete(surveys).where(eq(surveys.id, survey.id));
    await recordAudit(
      {
        actorId: actor.id,
        action: "survey.deleted",
        subjectType: "survey",
        subjectId: survey.id,
        details: { slug: survey.slug, title: survey.title },
      },
      tx,
    );
    return { title: survey.title };
  });
}
