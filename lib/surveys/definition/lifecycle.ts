import { z } from "zod";
import type { Permission } from "@/lib/accounts/permissions";
import { SURVEY_STATUSES, type SurveyStatus } from "@/lib/surveys/types";

/*
 * The survey lifecycle as a pure state machine: which status may follow which, the permission
 * each step needs (from the one table in lib/accounts/permissions.ts), and what the server must do
 * along with the status change. lib/surveys/data/survey-lifecycle.ts applies it; pages only show it.
 *
 *   concept ──share──▶ in_review ──▶ ready ──▶ open ◀──▶ closed ◀──▶ published
 *      ▲                   │           │
 *      └───── revise ──────┴───────────┘
 */

export { SURVEY_STATUSES, type SurveyStatus };

export type TransitionEffects = {
  /** The current version is frozen (frozenAt set): it never changes again. */
  freezesVersion: boolean;
  /** The frozen version becomes the one residents answer (surveys.currentVersionId). */
  setsCurrentVersion: boolean;
  /** The current definition must pass parseDefinition before the step is taken. */
  requiresValidDefinition: boolean;
  /** Open review rounds are closed (review_rounds.closedAt): the Adviesraad's comments end. */
  closesReviewRound: boolean;
  /**
   * A new, unfrozen draft version (a copy of the frozen current one) becomes current, so the
   * builder has something to edit while the frozen version stays as it was shared.
   */
  startsNewDraft: boolean;
  /**
   * Taken only by the review's share action (it also creates the review round, with a deadline,
   * and the mail to the Adviesraad); the generic transition form does not offer it.
   */
  viaReviewShare: boolean;
};

export type Transition = TransitionEffects & {
  from: SurveyStatus;
  to: SurveyStatus;
  permission: Permission;
  /** Audit/timeline and button name, e.g. "share" → lifecycle.transitions.share. */
  name: string;
};

const NONE: TransitionEffects = {
  freezesVersion: false,
  setsCurrentVersion: false,
  requiresValidDefinition: false,
  closesReviewRound: false,
  startsNewDraft: false,
  viaReviewShare: false,
};

function step(
  from: SurveyStatus,
  to: SurveyStatus,
  name: string,
  permission: Permission,
  effects: Partial<TransitionEffects> = {},
): Transition {
  return { from, to, name, permission, ...NONE, ...effects };
}

/** Every allowed step; anything not listed is refused. */
export const TRANSITIONS: readonly Transition[] = [
  step("concept", "in_review", "share", "survey:edit", {
    freezesVersion: true,
    requiresValidDefinition: true,
    viaReviewShare: true,
  }),
  step("in_review", "concept", "revise", "survey:edit", { closesReviewRound: true, startsNewDraft: true }),
  step("in_review", "ready", "approve", "survey:edit", { closesReviewRound: true }),
  step("ready", "concept", "reviseAgain", "survey:edit", { startsNewDraft: true }),
  step("ready", "open", "open", "survey:open", {
    freezesVersion: true,
    setsCurrentVersion: true,
    requiresValidDefinition: true,
  }),
  step("open", "closed", "close", "survey:open"),
  // Reopening after an early close or to extend the response period; the version stays the same.
  step("closed", "open", "reopen", "survey:open"),
  step("closed", "published", "publish", "survey:publish"),
  // Withdrawing published results (an error found, or a decision to wait) — the publication issue needs it.
  step("published", "closed", "unpublish", "survey:publish"),
];

export function isSurveyStatus(value: unknown): value is SurveyStatus {
  return typeof value === "string" && (SURVEY_STATUSES as readonly string[]).includes(value);
}

/** The step from → to, or undefined when it is not allowed. */
export function findTransition(from: SurveyStatus, to: SurveyStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

/** The steps that may follow `from`, in the order of TRANSITIONS. */
export function allowedTransitions(from: SurveyStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from);
}

export function canTransition(from: SurveyStatus, to: SurveyStatus): boolean {
  return findTransition(from, to) !== undefined;
}

export type TransitionErrorCode = "not_allowed" | "same_status" | "unknown_status";

/**
 * A refused step. `messageKey` is a next-intl key in the "lifecycle" namespace
 * (e.g. "lifecycle.errors.notAllowed", with the Dutch status names as {from} and {to}).
 */
export class TransitionError extends Error {
  readonly messageKey: string;

  constructor(
    readonly code: TransitionErrorCode,
    readonly from: string,
    readonly to: string,
  ) {
    super(`Survey status change ${from} → ${to} refused: ${code}`);
    this.name = "TransitionError";
    this.messageKey = TRANSITION_ERROR_KEYS[code];
  }
}

const TRANSITION_ERROR_KEYS: Record<TransitionErrorCode, string> = {
  not_allowed: "lifecycle.errors.notAllowed",
  same_status: "lifecycle.errors.sameStatus",
  unknown_status: "lifecycle.errors.unknownStatus",
};

/** The step from → to; throws `TransitionError` when it is not allowed. */
export function assertTransition(from: string, to: string): Transition {
  if (!isSurveyStatus(from) || !isSurveyStatus(to)) throw new TransitionError("unknown_status", from, to);
  if (from === to) throw new TransitionError("same_status", from, to);
  const transition = findTransition(from, to);
  if (!transition) throw new TransitionError("not_allowed", from, to);
  return transition;
}

/**
 * A lifecycle step as a form posts it: the survey, the status to go to, and the revision the page
 * showed (a stale revision is refused, naming who changed the survey since).
 */
export const transitionSchema = z.object({
  surveyId: z.coerce
    .number({ error: "lifecycle.errors.surveyId" })
    .int("lifecycle.errors.surveyId")
    .positive("lifecycle.errors.surveyId"),
  to: z.enum(SURVEY_STATUSES, { error: "lifecycle.errors.unknownStatus" }),
  expectedRevision: z.coerce
    .number({ error: "lifecycle.errors.revision" })
    .int("lifecycle.errors.revision")
    .min(1, "lifecycle.errors.revision"),
});
export type TransitionFormInput = z.infer<typeof transitionSchema>;

/*
 * Publishing and withdrawing results are lifecycle steps that only the
 * publication feature takes (lib/results/data/result-publication.ts): publishing stores the snapshot of
 * the published tables in the same transaction as the status change, and withdrawing marks it
 * withdrawn, so a survey is never "published" without a snapshot to show. The generic lifecycle
 * form refuses them; the survey overview links to the publish page instead.
 */

const PUBLICATION_STEPS: readonly string[] = ["publish", "unpublish"];

export function isPublicationStep(step: { name: string }): boolean {
  return PUBLICATION_STEPS.includes(step.name);
}
