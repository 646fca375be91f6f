import "server-only";
import { and, desc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { responses, reviewRounds, surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import {
  BlockedEditError,
  DraftConflictError,
  InvalidDefinitionError,
} from "@/lib/surveys/builder/save-errors";
import { keepingTranslations } from "@/lib/surveys/builder/translation-merge";
import { findBlockedChanges } from "@/lib/surveys/definition/edit-guard";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import type { SaveDraftResult, SurveyStatus } from "@/lib/surveys/types";
import { type DbWriter, surveySlugExists } from "./survey-import";
import { lastSurveyChange } from "./survey-lifecycle";

/*
 * The survey builder's data: reading the draft, saving it, and creating, duplicating and deleting
 * surveys. Rules, in one place:
 *
 * - The working version is the survey's current version (the newest one). While it is not frozen a save
 *   changes it in place; once frozen (shared for review, or opened) a save writes the next
 *   version. For an open survey that new version is frozen at once and becomes the one residents
 *   answer, so it may only differ in what `findBlockedChanges` allows.
 * - A save names the revision it started from; a later save from an older revision is refused
 *   (DraftConflictError, naming who saved in between and when), so nothing is overwritten.
 * - Closed and published surveys no longer change: their answers are being analysed.
 * - Every write is one transaction, with its audit entry (subjectType "survey", subjectId = id).
 *
 * Creating, duplicating, importing and deleting surveys: survey-concepts.ts.
 */

const NOT_FOUND = "builder.errors.surveyUnknown";
const EDITABLE: readonly SurveyStatus[] = ["concept", "in_review", "ready", "open"];
/** Before opening, the survey has no public address yet, so its slug may still change. */
const SLUG_EDITABLE: readonly SurveyStatus[] = ["concept", "in_review", "ready"];

export type DraftSurvey = {
  id: number;
  slug: string;
  title: string;
  status: SurveyStatus;
  revision: number;
  version: { id: number; number: number; frozen: boolean };
  definition: SurveyDefinition;
  hasResponses: boolean;
  /** Not closed or published. */
  editable: boolean;
  /** A concept that never had answers: page and question ids may still change. */
  idsEditable: boolean;
  slugEditable: boolean;
  lastChange: { by: string | null; at: Date } | null;
  /** A concept that never left concept and was never answered (deleteSurvey allows only these). */
  deletable: boolean;
};

type SurveyRow = typeof surveys.$inferSelect;

export async function loadSurvey(db: DbWriter, surveyId: number): Promise<SurveyRow> {
  const survey = (await db.select().from(surveys).where(eq(surveys.id, surveyId)).limit(1))[0];
  if (!survey) throw new InputError({ formError: NOT_FOUND });
  return survey;
}

/** The version the builder edits: the current one (the lifecycle keeps it the newest), else the newest. */
export async function workingVersion(db: DbWriter, surveyId: number, currentVersionId: number | null) {
  const current =
    currentVersionId === null
      ? undefined
      : (
          await db
            .select()
            .from(surveyVersions)
            .where(and(eq(surveyVersions.id, currentVersionId), eq(surveyVersions.surveyId, surveyId)))
            .limit(1)
        )[0];
  const version =
    current ??
    (
      await db
        .select()
        .from(surveyVersions)
        .where(eq(surveyVersions.surveyId, surveyId))
        .orderBy(desc(surveyVersions.number))
        .limit(1)
    )[0];
  if (!version) throw new InputError({ formError: NOT_FOUND });
  return version;
}

export async function hasResponses(db: DbWriter, surveyId: number): Promise<boolean> {
  return (
    (
      await db.select({ id: responses.id }).from(responses).where(eq(responses.surveyId, surveyId)).limit(1)
    )[0] !== undefined
  );
}

/**
 * A concept that never went anywhere: never shared for review (no review round, no frozen
 * version) and never answered. Only such a survey may be deleted; anything else has a history.
 */
export async function neverLeftConcept(
  db: DbWriter,
  survey: Pick<SurveyRow, "id" | "status">,
): Promise<boolean> {
  if (survey.status !== "concept" || (await hasResponses(db, survey.id))) return false;
  const reviewed = (
    await db
      .select({ id: reviewRounds.id })
      .from(reviewRounds)
      .where(eq(reviewRounds.surveyId, survey.id))
      .limit(1)
  )[0];
  const frozen = (
    await db
      .select({ id: surveyVersions.id })
      .from(surveyVersions)
      .where(and(eq(surveyVersions.surveyId, survey.id), isNotNull(surveyVersions.frozenAt)))
      .limit(1)
  )[0];
  return !reviewed && !frozen;
}

/** Who made the survey's current revision (the lifecycle's convention: `details.revision` in the audit log). */
async function lastChange(db: DbWriter, survey: SurveyRow): Promise<{ by: string | null; at: Date } | null> {
  const change = await lastSurveyChange(survey.id, survey.revision, db);
  return change ? { by: change.actorName, at: change.at } : null;
}

export async function getSurveyDraft(surveyId: number): Promise<DraftSurvey | undefined> {
  await requirePermission("survey:edit");
  const db = getDb();
  const survey = (await db.select().from(surveys).where(eq(surveys.id, surveyId)).limit(1))[0];
  if (!survey) return undefined;
  const version = await workingVersion(db, survey.id, survey.currentVersionId);
  const answered = await hasResponses(db, survey.id);
  return {
    id: survey.id,
    slug: survey.slug,
    title: survey.title,
    status: survey.status,
    revision: survey.revision,
    version: { id: version.id, number: version.number, frozen: version.frozenAt !== null },
    definition: version.definition as SurveyDefinition,
    hasResponses: answered,
    editable: EDITABLE.includes(survey.status),
    idsEditable: survey.status === "concept" && !answered,
    slugEditable: SLUG_EDITABLE.includes(survey.status),
    lastChange: await lastChange(db, survey),
    deletable: await neverLeftConcept(db, survey),
  };
}

/** The working definition, for the preview and the export (read permission is enough). */
export async function getWorkingDefinition(
  surveyId: number,
): Promise<{ id: number; slug: string; versionNumber: number; definition: SurveyDefinition } | undefined> {
  await requirePermission("survey:read");
  const db = getDb();
  const survey = (
    await db
      .select({ id: surveys.id, slug: surveys.slug, currentVersionId: surveys.currentVersionId })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
  if (!survey) return undefined;
  const version = await workingVersion(db, survey.id, survey.currentVersionId);
  return {
    id: survey.id,
    slug: survey.slug,
    versionNumber: version.number,
    definition: version.definition as SurveyDefinition,
  };
}

export type SaveDraftInput = {
  surveyId: number;
  revision: number;
  slug: string;
  definition: unknown;
  /** How the audit log names this save, for a save that is one kind of edit (the translations screen). */
  audit?: { action: string; details: Record<string, unknown> };
};

export function validDefinition(input: unknown): SurveyDefinition {
  const parsed = parseDefinition(input);
  if (!parsed.ok) throw new InvalidDefinitionError(parsed.errors);
  return parsed.definition;
}

/**
 * Whether two JSON documents say the same, whatever the order of their object keys: PostgreSQL's
 * jsonb gives a stored definition back with its keys reordered, SQLite's JSON text as written.
 */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== undefined)
              .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
              .map(([k, v]) => [k, canonical(v)]),
          )
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export async function saveDraft(input: SaveDraftInput): Promise<SaveDraftResult> {
  const actor = await requirePermission("survey:edit");
  const checked = validDefinition(input.definition);
  return await transaction(async (tx) => {
    const survey = await loadSurvey(tx, input.surveyId);
    if (!EDITABLE.includes(survey.status)) throw new InputError({ formError: "builder.errors.notEditable" });
    if (survey.revision !== input.revision) {
      const change = await lastChange(tx, survey);
      throw new DraftConflictError(change?.by ?? null, change?.at ?? survey.updatedAt);
    }
    if (input.slug !== survey.slug) {
      if (!SLUG_EDITABLE.includes(survey.status))
        throw new InputError({ fieldErrors: { slug: ["builder.errors.slugLocked"] } });
      if (await surveySlugExists(input.slug, tx))
        throw new InputError({ fieldErrors: { slug: ["builder.errors.slugTaken"] } });
    }
    const working = await workingVersion(tx, survey.id, survey.currentVersionId);
    const before = working.definition as SurveyDefinition;
    // The builder's form does not hold the translations: they stay, for the texts that stay.
    const definition = keepingTranslations(checked, before);
    const blocked = findBlockedChanges(before, definition, {
      hasResponses: await hasResponses(tx, survey.id),
    });
    if (blocked.length > 0) throw new BlockedEditError(blocked);
    if (input.slug === survey.slug && sameJson(before, definition)) {
      return { changed: false, revision: survey.revision, versionNumber: working.number, newVersion: false };
    }

    const now = new Date();
    let versionId = working.id;
    let versionNumber = working.number;
    if (working.frozenAt === null) {
      await tx.update(surveyVersions).set({ definition }).where(eq(surveyVersions.id, working.id));
    } else {
      versionNumber = working.number + 1;
      const [created] = await tx
        .insert(surveyVersions)
        .values({
          surveyId: survey.id,
          number: versionNumber,
          definition,
          // Residents answer an open survey's current version, and what they answer never changes.
          frozenAt: survey.status === "open" ? now : null,
          createdBy: actor.id,
        })
        .returning({ id: surveyVersions.id });
      versionId = created.id;
    }
    const revision = survey.revision + 1;
    const updated = await tx
      .update(surveys)
      .set({
        title: definition.title,
        slug: input.slug,
        revision,
        currentVersionId: versionId,
        updatedAt: now,
      })
      .where(and(eq(surveys.id, survey.id), eq(surveys.revision, survey.revision)))
      .returning({ id: surveys.id });
    if (updated.length !== 1) throw new DraftConflictError(null, now);
    await recordAudit(
      {
        actorId: actor.id,
        action: input.audit?.action ?? "survey.draft_saved",
        subjectType: "survey",
        subjectId: survey.id,
        details: {
          ...input.audit?.details,
          revision,
          version: versionNumber,
          newVersion: versionId !== working.id,
          ...(input.slug !== survey.slug ? { slug: { from: survey.slug, to: input.slug } } : {}),
        },
      },
      tx,
    );
    return { changed: true, revision, versionNumber, newVersion: versionId !== working.id };
  });
}

export type { SaveDraftResult };
