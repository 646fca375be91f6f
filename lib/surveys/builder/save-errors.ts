import type { BlockedChange } from "@/lib/surveys/definition/edit-guard";

/*
 * Refusals of a draft save that carry more than a message key: the actions turn them into Dutch
 * sentences with names, dates and places (lib/surveys/builder/describe-refusal.ts).
 */

/** Someone saved the survey after this editor loaded it; their save is refused, nothing overwritten. */
export class DraftConflictError extends Error {
  constructor(
    /** Who made the newer change (null: the operator CLI, or unknown). */
    readonly by: string | null,
    /** When, from the audit log (or the survey's last update). */
    readonly at: Date,
  ) {
    super("The survey was changed by someone else since this draft was loaded");
    this.name = "DraftConflictError";
  }
}

/** The survey has answers and the edit would orphan or misread them (lib/surveys/definition/edit-guard.ts). */
export class BlockedEditError extends Error {
  constructor(readonly changes: BlockedChange[]) {
    super(`Edit refused: ${changes.map((c) => c.code).join(", ")}`);
    this.name = "BlockedEditError";
  }
}

/** The definition does not pass `parseDefinition`; every problem names its place. */
export class InvalidDefinitionError extends Error {
  constructor(readonly errors: string[]) {
    super(`Invalid definition: ${errors.length} problem(s)`);
    this.name = "InvalidDefinitionError";
  }
}
