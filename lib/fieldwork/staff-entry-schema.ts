import { z } from "zod";

/*
 * The forms around paper and phone responses. The entry screen's own fields start with "_" (a
 * question id starts with a letter, so they never meet an answer field); the answers themselves
 * are read from the posted form by lib/fieldwork/staff-entry-values.ts.
 */

/** How many questionnaires one print run may hold. */
export const MAX_COPIES = 500;

const surveyId = z.coerce.number().int().positive();

/** Printing: how many copies (each with its own code) and whether in large type. */
export const printRunSchema = z.object({
  surveyId,
  exemplaren: z.coerce
    .number({ error: "entry.paper.copiesHint" })
    .int("entry.paper.copiesHint")
    .min(1, "entry.paper.copiesHint")
    .max(MAX_COPIES, "entry.paper.copiesHint"),
  groot: z.string().optional(),
});

/** A phone call starts: a code is drawn for it. */
export const phoneCallSchema = z.object({ surveyId });

/** The entry screen's envelope around the answers. */
export const entryEnvelopeSchema = z
  .object({
    _survey: surveyId,
    _code: z.string().max(40).default(""),
    _dubbel: z.string().optional(),
  })
  .transform((f) => ({ surveyId: f._survey, code: f._code, doubleEntry: f._dubbel !== undefined }));
export type EntryEnvelope = z.output<typeof entryEnvelopeSchema>;

/** A decision between two differing entries: the entry that counts, or neither. */
export const entryDecisionSchema = z.object({
  surveyId,
  code: z.string().min(1).max(40),
  keep: z.union([z.literal("neither"), z.coerce.number().int().positive()], {
    error: "entry.decision.chooseRequired",
  }),
});
