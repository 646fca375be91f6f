import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { resultPublications, resultSettings, surveys } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import { recordAudit } from "@/lib/audit/data/audit";
import { PUBLICATION_FORMAT, type PublishedResults } from "@/lib/results/publication-types";
import {
  applySurveyTransition,
  type Executor,
  LifecycleRefusal,
  lifecycleInputError,
} from "@/lib/surveys/data/survey-lifecycle";
import { blockedInputError, type ProtectedPublication, protectedPublication } from "./publication-protection";
import { snapshotHasFormat, snapshotRespondents, snapshotSummary, snapshotTitle } from "./publication-sql";
import {
  collectPublicationSource,
  type PublicationSurvey,
  readPublicationSurvey,
} from "./result-publication-source";

/*
 * Publishing a closed survey's results, and withdrawing them.
 *
 * Staff (survey:publish) publish from /beheer/surveys/<id>/resultaten/publiceren: the snapshot of
 * the published tables, with disclosure control applied (lib/results/publication-build.ts), is
 * stored in the same transaction as the lifecycle step closed → published, so a published survey
 * always has exactly what its public page shows. Withdrawing (published → closed) keeps the row
 * with `withdrawnAt` set; publishing again replaces it.
 *
 * The public reads (getPublishedResults, listPublishedResults) need no session: they return only
 * a snapshot, and only while its survey is published and the publication not withdrawn.
 */

export type PublicationState = {
  survey: Pick<PublicationSurvey, "id" | "slug" | "title" | "status" | "revision" | "summary">;
  k: number;
  publication: { publishedAt: Date; withdrawnAt: Date | null; snapshot: PublishedResults | null } | null;
};

/** The publish page's facts, or null when the survey does not exist. */
export async function getPublicationState(surveyId: number): Promise<PublicationState | null> {
  await requirePermission("survey:publish");
  const survey = await readPublicationSurvey(surveyId);
  if (!survey) return null;
  const row = (
    await getDb()
      .select({
        snapshot: resultPublications.snapshot,
        publishedAt: resultPublications.publishedAt,
        withdrawnAt: resultPublications.withdrawnAt,
      })
      .from(resultPublications)
      .where(eq(resultPublications.surveyId, surveyId))
      .limit(1)
  )[0];
  const { minCellSize, weighting: _weighting, ...rest } = survey;
  return {
    survey: rest,
    k: minCellSize,
    publication: row
      ? { publishedAt: row.publishedAt, withdrawnAt: row.withdrawnAt, snapshot: snapshotOf(row.snapshot) }
      : null,
  };
}

/**
 * What publishing now would show, with the summary as saved — protected and audited (made once per
 * source, see publication-protection.ts) — or why the survey cannot be published. Null for an
 * unknown survey.
 */
export async function previewPublication(surveyId: number): Promise<ProtectedPublication | null> {
  await requirePermission("survey:publish");
  const survey = await readPublicationSurvey(surveyId);
  if (!survey) return null;
  const source = await collectPublicationSource(survey, { summary: survey.summary, publishedAt: new Date() });
  return source ? protectedPublication(surveyId, source) : null;
}

/** Saves the public summary text (validated by the caller's summarySchema). */
export async function saveResultSummary(surveyId: number, summary: string): Promise<{ changed: boolean }> {
  const user = await requirePermission("survey:publish");
  const survey = await readPublicationSurvey(surveyId);
  if (!survey) throw new InputError({ formError: "publication.errors.surveyUnknown" });
  if (survey.summary === summary) return { changed: false };
  await transaction(async (tx) => {
    await writeSummary(tx, surveyId, summary);
    await recordAudit(
      {
        actorId: user.id,
        action: "results.summary_saved",
        subjectType: "survey",
        subjectId: surveyId,
        details: { characters: summary.length },
      },
      tx,
    );
  });
  return { changed: true };
}

/**
 * Publishes a closed survey's results: builds the protected snapshot (refused when the survey or a
 * channel has fewer than k responses), then in one transaction saves the summary, takes the
 * lifecycle step (status, revision, audit entry with the disclosure audit's verdict) and stores it.
 */
export async function publishResults(
  surveyId: number,
  input: { summary: string; expectedRevision: number },
): Promise<{ slug: string; revision: number }> {
  const user = await requirePermission("survey:publish");
  const survey = await readPublicationSurvey(surveyId);
  if (!survey) throw new InputError({ formError: "publication.errors.surveyUnknown" });
  if (survey.status !== "closed") throw new InputError({ formError: "publication.errors.notClosed" });
  const publishedAt = new Date();
  const source = await collectPublicationSource(survey, { summary: input.summary, publishedAt });
  if (!source) throw new InputError({ formError: "publication.errors.surveyUnknown" });
  const made = await protectedPublication(surveyId, source);
  if ("blocked" in made) throw blockedInputError(made.blocked);
  const { snapshot } = made;
  try {
    const result = await transaction(async (tx) => {
      if (survey.summary !== input.summary) await writeSummary(tx, surveyId, input.summary);
      const step = await applySurveyTransition(tx, {
        surveyId,
        to: "published",
        expectedRevision: input.expectedRevision,
        actor: user,
        viaPublication: true,
        auditDetails: {
          k: snapshot.k,
          respondents: snapshot.method.respondents,
          questions: snapshot.questions.length,
          quotes: snapshot.quotes.length,
          disclosureAudit: snapshot.method.suppression.audit,
        },
      });
      const row = { snapshot, publishedBy: user.id, publishedAt, withdrawnAt: null };
      await tx
        .insert(resultPublications)
        .values({ surveyId, ...row })
        .onConflictDoUpdate({ target: resultPublications.surveyId, set: row });
      return step;
    });
    return { slug: survey.slug, revision: result.revision };
  } catch (error) {
    if (error instanceof LifecycleRefusal) throw await lifecycleInputError(error);
    throw error;
  }
}

/** Withdraws published results: back to closed, the snapshot kept but no longer public. */
export async function unpublishResults(
  surveyId: number,
  input: { expectedRevision: number },
): Promise<{ revision: number }> {
  const user = await requirePermission("survey:publish");
  try {
    return await transaction(async (tx) => {
      const step = await applySurveyTransition(tx, {
        surveyId,
        to: "closed",
        expectedRevision: input.expectedRevision,
        actor: user,
        viaPublication: true,
      });
      if (step.transition !== "unpublish") {
        throw new InputError({ formError: "publication.errors.notPublished" });
      }
      await tx
        .update(resultPublications)
        .set({ withdrawnAt: new Date() })
        .where(eq(resultPublications.surveyId, surveyId));
      return { revision: step.revision };
    });
  } catch (error) {
    if (error instanceof LifecycleRefusal) throw await lifecycleInputError(error);
    throw error;
  }
}

/**
 * PUBLIC, no session: the published snapshot of the survey with this slug, or null (→ 404) when
 * there is none, the survey is not (or no longer) published, or the publication was withdrawn.
 */
export async function getPublishedResults(slug: string): Promise<PublishedResults | null> {
  const [row] = await getDb()
    .select({ snapshot: resultPublications.snapshot })
    .from(resultPublications)
    .innerJoin(surveys, eq(surveys.id, resultPublications.surveyId))
    .where(
      and(eq(surveys.slug, slug), eq(surveys.status, "published"), isNull(resultPublications.withdrawnAt)),
    );
  return row ? snapshotOf(row.snapshot) : null;
}

export type PublishedListing = {
  slug: string;
  title: string;
  publishedAt: Date;
  respondents: number;
  summary: string;
};

/** PUBLIC, no session: every publication that is public now, newest first. */
export async function listPublishedResults(): Promise<PublishedListing[]> {
  const p = resultPublications;
  // Only the listing's fields are read out of each snapshot, not the snapshots themselves.
  return await getDb()
    .select({
      slug: surveys.slug,
      title: snapshotTitle(p.snapshot),
      publishedAt: p.publishedAt,
      respondents: snapshotRespondents(p.snapshot),
      summary: snapshotSummary(p.snapshot),
    })
    .from(p)
    .innerJoin(surveys, eq(surveys.id, p.surveyId))
    .where(
      and(
        eq(surveys.status, "published"),
        isNull(p.withdrawnAt),
        snapshotHasFormat(p.snapshot, PUBLICATION_FORMAT),
      ),
    )
    .orderBy(desc(p.publishedAt), desc(surveys.id));
}

function snapshotOf(value: unknown): PublishedResults | null {
  if (!value || typeof value !== "object") return null;
  return (value as { format?: unknown }).format === PUBLICATION_FORMAT ? (value as PublishedResults) : null;
}

/** The summary only: who last changed k or the weighting (result_settings.updated_by) stays as it was. */
async function writeSummary(tx: Executor, surveyId: number, summary: string): Promise<void> {
  await tx
    .insert(resultSettings)
    .values({ surveyId, summary })
    .onConflictDoUpdate({ target: resultSettings.surveyId, set: { summary } });
}
