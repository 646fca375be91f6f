/*
 * Fieldwork: sampling panel members, invitations, reminders, response monitoring, opening and closing.
 *
 * The browser-safe part of this feature's face: schemas, data shapes and pure logic that client
 * components may import. Nothing here reaches the database; the boundary check
 * (.dependency-cruiser.cjs) refuses it. See ARCHITECTURE.md.
 */

export type { EntryDifference } from "./entry-differences";
export type { PreviewFormValues } from "./fieldwork-schema";
export { previewFormSchema } from "./fieldwork-schema";
export type { ConditionWords, NumberedOption } from "./paper-numbering";
export { conditionWords, numberedOptions, questionNumbers } from "./paper-numbering";
export { SAMPLE_METHODS } from "./sampling";
export {
  entryDecisionSchema,
  entryEnvelopeSchema,
  MAX_COPIES,
  phoneCallSchema,
  printRunSchema,
} from "./staff-entry-schema";
export type { EntryFormState, EntryOutcome, EntryProblem } from "./staff-entry-state";
export { entryFieldNames } from "./staff-entry-values";
