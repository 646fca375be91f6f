import "server-only";
import { and, desc, eq, isNull, like, max, type SQL } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { type Executor, getDb } from "@/db/client";
import { auditLog, reviewRounds, surveys, surveyVersions, users } from "@/db/schema";
import { getFormatter } from "@/i18n/formatter";
import { assertPermission } from "@/lib/accounts/data/session";
import { InputError } from "@/lib/accounts/errors";
import type { SessionUser } from "@/lib/accounts/types";
import { recordAudit } from "@/lib/audit/data/audit";
import {
  assertTransition,
  isPublicationStep,
  type Transition,
  TransitionError,
} from "@/lib/surveys/definition/lifecycle";
import { parseDefinition } from "@/lib/surveys/definition/validate-definition";
import type { SurveyStatus } from "@/lib/surveys/types";
import { auditNamesRevision } from "./survey-sql";
import { findSurveyVersion } from "./survey-versions";

/*
 * Moving a survey through its lifecycle (lib/surveys/definition/lifecycle.ts) on the server: the permission
 * of the step, optimistic concurrency on `surveys.revision`, the step's effects on versions and
 * review rounds, and the audit entry, all in one transaction.
 *
 * Conventions for everyone who changes a survey:
 * - every change bumps `surveys.revision` and is audited with subjectType "survey", subjectId the
 *   survey id, and `details.revision` = the new revision, so a refused stale save can say who
 *   made the change it missed (`lastSurveyChange`);
 * - the audit action of a status change is "survey.status_changed", details
 *   `{ from, to, transition, revision, versionId, versionNumber, draftVersionId? }`.
 */

export type { Executor };

export type LifecycleRefusalReason =
  | "not_found"
  | "transition"
  | "stale"
  | "invalid_definition"
  | "via_share"
  | "via_publication";

/** A refused step, thrown inside the transaction (so it rolls back); `lifecycleInputError` words it. */
export class LifecycleRefusal extends Error {
  constructor(
    readonly reason: LifecycleRefusalReason,
    readonly detail: {
      transition?: TransitionError;
      lastChange?: LastSurveyChange | null;
      definitionErrors?: string[];
    } = {},
  ) {
    super(`Survey lifecycle step refused: ${reason}`);
    this.name = "LifecycleRefusal";
  }
}

export type LastSurveyChange = { actorName: string | null; at: Date; action: string };

/**
 * Who made the survey's revision `revision` (its audit entry names it in `details.revision`);
 * failing that, the latest audited "survey.*" change (comments and advice, "review.*" and
 * "advice*", never change the survey itself).
 */
export async function lastSurveyChange(
  surveyId: number,
  revision: number,
  db: Executor = getDb(),
): Promise<LastSurveyChange | null> {
  const query = async (extra?: SQL) =>
    (
      await db
        .select({ actorName: users.name, at: auditLog.at, action: auditLog.action })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(and(eq(auditLog.subjectType, "survey"), eq(auditLog.subjectId, String(surveyId)), extra))
        .orderBy(desc(auditLog.id))
        .limit(1)
    )[0];
  return (
    (await query(auditNamesRevision(revision))) ?? (await query(like(auditLog.action, "survey.%"))) ?? null
  );
}

export type TransitionInput = { surveyId: number; to: SurveyStatus; expectedRevision: number };
export type TransitionResult = {
  from: SurveyStatus;
  to: SurveyStatus;
  transition: string;
  revision: number;
  versionId: number | null;
  /** Set when the step started a new draft version (back to concept). */
  draftVersionId: number | null;
};

/**
 * Takes one lifecycle step inside the caller's transaction, for the actor given. The review's
 * share action calls it with `{ viaReviewShare: true }` in the same transaction that creates the
 * review round, and the publication (lib/results/data/result-publication.ts) with `{ viaPublication: true }`
 * in the one that stores or withdraws the published snapshot (its `auditDetails` join the status
 * change's audit entry); everything else goes through `transitionSurvey` (lib/fieldwork/data/survey-transition.ts). Throws
 * `LifecycleRefusal` or `AuthorizationError`, so the caller's transaction rolls back.
 */
export async function applySurveyTransition(
  tx: Executor,
  input: TransitionInput & {
    actor: Pick<SessionUser, "id" | "role">;
    viaReviewShare?: boolean;
    viaPublication?: boolean;
    /**
     * The pass that runs when fieldwork closes (open → closed), in this transaction. It belongs to
     * the responses and results (lib/fieldwork/data/survey-transition.ts supplies it), which sit
     * above surveys, so it comes in as an argument; a close without it is refused, never skipped.
     */
    closeFieldwork?: (surveyId: number, at: Date) => Promise<unknown>;
    auditDetails?: Record<string, unknown>;
  },
): Promise<TransitionResult> {
  const survey = (
    await tx
      .select({
        id: surveys.id,
        status: surveys.status,
        revision: surveys.revision,
        currentVersionId: surveys.currentVersionId,
        closesAt: surveys.closesAt,
        opensAt: surveys.opensAt,
      })
      .from(surveys)
      .where(eq(surveys.id, input.surveyId))
      .limit(1)
  )[0];
  if (!survey) throw new LifecycleRefusal("not_found");
  if (survey.revision !== input.expectedRevision) {
    throw new LifecycleRefusal("stale", {
      lastChange: await lastSurveyChange(survey.id, survey.revision, tx),
    });
  }
  let step: Transition;
  try {
    step = assertTransition(survey.status, input.to);
  } catch (error) {
    if (error instanceof TransitionError) throw new LifecycleRefusal("transition", { transition: error });
    throw error;
  }
  assertPermission(input.actor, step.permission);
  if (step.viaReviewShare && !input.viaReviewShare) throw new LifecycleRefusal("via_share");
  if (isPublicationStep(step) && !input.viaPublication) throw new LifecycleRefusal("via_publication");

  const version =
    survey.currentVersionId === null
      ? undefined
      : await findSurveyVersion(survey.id, survey.currentVersionId, tx);
  if (step.requiresValidDefinition) {
    const parsed = version ? parseDefinition(version.definition) : { ok: false as const, errors: [] };
    if (!parsed.ok) throw new LifecycleRefusal("invalid_definition", { definitionErrors: parsed.errors });
  }

  const now = new Date();
  if (step.freezesVersion && version && !version.frozenAt) {
    await tx.update(surveyVersions).set({ frozenAt: now }).where(eq(surveyVersions.id, version.id));
  }
  if (step.closesReviewRound) {
    await tx
      .update(reviewRounds)
      .set({ closedAt: now })
      .where(and(eq(reviewRounds.surveyId, survey.id), isNull(reviewRounds.closedAt)));
  }
  let currentVersionId = survey.currentVersionId;
  let draftVersionId: number | null = null;
  if (step.startsNewDraft && version?.frozenAt) {
    draftVersionId = await insertDraftCopy(tx, survey.id, version.definition, input.actor.id);
    currentVersionId = draftVersionId;
  }
  if (step.setsCurrentVersion && version) currentVersionId = version.id;

  const revision = survey.revision + 1;
  const opening = input.to === "open";
  const updated = await tx
    .update(surveys)
    .set({
      status: input.to,
      revision,
      currentVersionId,
      updatedAt: now,
      // Opening (again) starts the response period now unless one was planned; an end date that
      // has passed would close it at once, so it is cleared.
      ...(opening && !survey.opensAt ? { opensAt: now } : {}),
      ...(opening && survey.closesAt && survey.closesAt <= now ? { closesAt: null } : {}),
    })
    .where(and(eq(surveys.id, survey.id), eq(surveys.revision, survey.revision)))
    .returning({ id: surveys.id });
  if (updated.length !== 1) {
    throw new LifecycleRefusal("stale", {
      lastChange: await lastSurveyChange(survey.id, survey.revision + 1, tx),
    });
  }
  // Fieldwork is over: anonymous panel responses keep only the attributes that at least k of them
  // share (the results cube is rebuilt from them), and lose when each came in: one moment for
  // all, the reminder trail cleared, ids shuffled (lib/responses/data/anonymous-response-trail.ts).
  if (survey.status === "open" && input.to === "closed") {
    if (!input.closeFieldwork) throw new Error("Closing fieldwork needs its close pass (closeFieldwork).");
    await input.closeFieldwork(survey.id, now);
  }
  const versionNumber = version?.number ?? null;
  await recordAudit(
    {
      actorId: input.actor.id,
      action: "survey.status_changed",
      subjectType: "survey",
      subjectId: survey.id,
      details: {
        // The caller's extra details first, so they can never overwrite the step's own.
        ...input.auditDetails,
        from: survey.status,
        to: input.to,
        transition: step.name,
        revision,
        versionId: version?.id ?? null,
        versionNumber,
        ...(draftVersionId ? { draftVersionId } : {}),
      },
    },
    tx,
  );
  return {
    from: survey.status,
    to: input.to,
    transition: step.name,
    revision,
    versionId: currentVersionId,
    draftVersionId,
  };
}

async function insertDraftCopy(
  tx: Executor,
  surveyId: number,
  definition: unknown,
  actorId: number,
): Promise<number> {
  const [{ highest }] = await tx
    .select({ highest: max(surveyVersions.number) })
    .from(surveyVersions)
    .where(eq(surveyVersions.surveyId, surveyId));
  const [row] = await tx
    .insert(surveyVersions)
    .values({ surveyId, number: (highest ?? 0) + 1, definition, createdBy: actorId })
    .returning({ id: surveyVersions.id });
  return row.id;
}

/** The Dutch wording of a refused step, as an `InputError` for the action wrapper. */
export async function lifecycleInputError(refusal: LifecycleRefusal): Promise<InputError> {
  const [t, status, format] = await Promise.all([
    getTranslations("lifecycle.errors"),
    getTranslations("lifecycle.status"),
    getFormatter(),
  ]);
  switch (refusal.reason) {
    case "not_found":
      return new InputError({ formError: t("notFound") });
    case "via_share":
      return new InputError({ formError: t("viaShare") });
    case "via_publication":
      return new InputError({ formError: (await getTranslations("publication.errors"))("viaLifecycle") });
    case "invalid_definition":
      return new InputError({
        formError: t("invalidDefinition", { count: refusal.detail.definitionErrors?.length ?? 0 }),
      });
    case "stale": {
      const change = refusal.detail.lastChange;
      if (!change) return new InputError({ formError: t("staleUnknown") });
      const when = format.dateTime(change.at, { dateStyle: "long", timeStyle: "short" });
      return new InputError({
        formError: change.actorName
          ? t("stale", { name: change.actorName, when })
          : t("staleSystem", { when }),
      });
    }
    case "transition": {
      const error = refusal.detail.transition;
      const name = (s: string | undefined) => (s && status.has(s) ? status(s) : (s ?? ""));
      return new InputError({
        formError:
          error?.code === "not_allowed"
            ? t("notAllowed", { from: name(error.from), to: name(error.to) })
            : error?.code === "same_status"
              ? t("sameStatus", { status: name(error.from) })
              : t("unknownStatus"),
      });
    }
  }
}
