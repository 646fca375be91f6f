import { z } from "zod";
import { parseReminderDays } from "./reminder-schedule";
import { SAMPLE_METHODS, type SampleSpec } from "./sampling";

/*
 * The fieldwork forms' zod schemas, shared by the browser (react-hook-form) and the server (the
 * invite page reads the preview from its query string; the actions parse their posts). Field
 * names are the query string's, so the preview form also works as a plain GET form without
 * JavaScript. Messages are next-intl keys in messages/<locale>/fieldwork.json.
 */

/** A panel of at most this many members can be sampled; far above any municipal panel. */
export const MAX_SAMPLE_SIZE = 100_000;

/** As in db/schema/surveys.ts; repeated here so the browser does not load the table definitions. */
export const ANONYMITY_OPTIONS = ["anonymous", "pseudonymous"] as const;

const SEED_PATTERN = /^[0-9a-f]{8}$/;

const id = (message: string) => z.coerce.number(message).int(message).positive(message);

const previewFields = {
  panel: id("fieldwork.errors.panelRequired"),
  methode: z.enum(SAMPLE_METHODS, "fieldwork.errors.methodRequired"),
  /** Only used (and required) for a random or stratified sample. */
  aantal: z.string().trim().optional().default(""),
  herinneren: z.string().trim().max(100, "fieldwork.errors.reminderFormat").optional().default(""),
};

type PreviewFields = { methode: string; aantal: string; herinneren: string };

function checkPreview(value: PreviewFields, ctx: z.RefinementCtx) {
  if (value.methode !== "all") {
    if (!value.aantal)
      ctx.addIssue({ code: "custom", path: ["aantal"], message: "fieldwork.errors.sizeRequired" });
    else if (
      !/^\d{1,6}$/.test(value.aantal) ||
      Number(value.aantal) < 1 ||
      Number(value.aantal) > MAX_SAMPLE_SIZE
    )
      ctx.addIssue({ code: "custom", path: ["aantal"], message: "fieldwork.errors.sizeInvalid" });
  }
  const days = parseReminderDays(value.herinneren);
  if (!days.ok)
    ctx.addIssue({
      code: "custom",
      path: ["herinneren"],
      message: `fieldwork.errors.reminder_${days.reason}`,
    });
}

/** The preview form (GET): which panel, how to draw, and the reminder schedule. */
export const previewFormSchema = z.object(previewFields).superRefine(checkPreview);
export type PreviewFormValues = z.input<typeof previewFormSchema>;

/** The send form (POST): the previewed choice again, with the seed and the counts staff saw. */
export const sendInvitationsSchema = z
  .object({
    ...previewFields,
    surveyId: id("fieldwork.errors.surveyUnknown"),
    zaad: z.string().regex(SEED_PATTERN, "fieldwork.errors.previewAgain"),
    /** Digest of the counts shown in the preview (lib/fieldwork/data/fieldwork.ts). */
    controle: z.string().regex(/^[0-9a-f]{16}$/, "fieldwork.errors.previewAgain"),
  })
  .superRefine(checkPreview);
export type SendInvitationsInput = z.output<typeof sendInvitationsSchema>;

export function isSeed(value: unknown): value is string {
  return typeof value === "string" && SEED_PATTERN.test(value);
}

/** The sample spec and the reminder days of a parsed preview or send form. */
export function fieldworkChoice(values: {
  methode: (typeof SAMPLE_METHODS)[number];
  aantal: string;
  herinneren: string;
}): {
  spec: SampleSpec;
  reminderDays: number[];
} {
  const parsed = parseReminderDays(values.herinneren);
  const reminderDays = parsed.ok ? parsed.days : [];
  const spec: SampleSpec =
    values.methode === "all" ? { method: "all" } : { method: values.methode, n: Number(values.aantal) };
  return { spec, reminderDays };
}

/** Anonymity of a survey, editable until it opens or has responses. */
export const anonymitySchema = z.object({
  surveyId: id("fieldwork.errors.surveyUnknown"),
  anonymity: z.enum(ANONYMITY_OPTIONS, "fieldwork.errors.anonymityRequired"),
  /** A checkbox: "on" when ticked, absent otherwise. */
  allowBreakdowns: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
export type AnonymityInput = z.output<typeof anonymitySchema>;
