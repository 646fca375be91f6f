import { z } from "zod";

/*
 * The publish page's forms: the summary text, publishing (with the summary as shown, and a
 * confirmation that staff checked the preview) and withdrawing. One schema per form, for the
 * server action; messages are next-intl keys in messages/<locale>/publication.json.
 */

export const SUMMARY_MAX_LENGTH = 5000;

const surveyId = z.coerce
  .number("publication.errors.surveyUnknown")
  .int("publication.errors.surveyUnknown")
  .positive("publication.errors.surveyUnknown");

const expectedRevision = z.coerce
  .number("publication.errors.revision")
  .int("publication.errors.revision")
  .min(1, "publication.errors.revision");

const summary = z
  .string("publication.errors.summaryTooLong")
  .transform((text) => text.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().max(SUMMARY_MAX_LENGTH, "publication.errors.summaryTooLong"));

/** A checkbox that must be ticked: the browser posts "ja" only when it is. */
const confirmed = (message: string) => z.literal("ja", message);

export const summarySchema = z.object({ surveyId, summary });
export type SummaryInput = z.infer<typeof summarySchema>;

export const publishSchema = z.object({
  surveyId,
  expectedRevision,
  summary: summary.pipe(z.string().min(1, "publication.errors.summaryRequired")),
  confirm: confirmed("publication.errors.confirmPublish"),
});
export type PublishInput = z.infer<typeof publishSchema>;

export const unpublishSchema = z.object({
  surveyId,
  expectedRevision,
  confirm: confirmed("publication.errors.confirmUnpublish"),
});
export type UnpublishInput = z.infer<typeof unpublishSchema>;
