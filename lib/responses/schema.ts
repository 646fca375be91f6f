import { z } from "zod";
import { idSchema } from "@/lib/surveys/definition/schema";
import { PAGE_FORM_FIELDS } from "./page-form-state";

/*
 * The respondent's forms around the answers: the page form's envelope and the resume-code form.
 * Checked by the action wrapper (app/s/[slug]/actions.ts) before the feature's entry points run.
 */

/** The page form's own fields (PAGE_FORM_FIELDS) around the answers: which survey, page and button. */
export const pageEnvelopeSchema = z
  .object({
    [PAGE_FORM_FIELDS.slug]: z.string().min(1).max(100),
    [PAGE_FORM_FIELDS.page]: idSchema,
    [PAGE_FORM_FIELDS.intent]: z.enum(["next", "back", "save"]).default("next"),
    [PAGE_FORM_FIELDS.shown]: z.string().max(5000).default(""),
  })
  .transform((fields) => ({
    slug: fields[PAGE_FORM_FIELDS.slug],
    pageId: fields[PAGE_FORM_FIELDS.page],
    intent: fields[PAGE_FORM_FIELDS.intent],
    shown: fields[PAGE_FORM_FIELDS.shown],
  }));
export type PageEnvelope = z.output<typeof pageEnvelopeSchema>;

/** The resume-code form: the survey (hidden `_slug`) and the code as typed. */
export const resumeCodeSchema = z
  .object({
    _slug: z.string().min(1).max(100),
    code: z.string().trim().min(1, "format").max(40, "format"),
  })
  .transform(({ _slug, code }) => ({ slug: _slug, code }));
export type ResumeCodeInput = z.output<typeof resumeCodeSchema>;
