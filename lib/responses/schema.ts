import { z } from "zod";
import { idSchema } from "@/lib/surveys/definition/schema";
import { PAGE_FORM_FIELDS, RETURN_TO_REVIEW } from "./page-form-state";

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
    [PAGE_FORM_FIELDS.returnTo]: z.literal(RETURN_TO_REVIEW).optional(),
  })
  .transform((fields) => ({
    slug: fields[PAGE_FORM_FIELDS.slug],
    pageId: fields[PAGE_FORM_FIELDS.page],
    intent: fields[PAGE_FORM_FIELDS.intent],
    shown: fields[PAGE_FORM_FIELDS.shown],
    returnToReview: fields[PAGE_FORM_FIELDS.returnTo] === RETURN_TO_REVIEW,
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

/**
 * An address a resident types for one mail (a copy of the answers, the resume link): used for that
 * mail and not kept. Messages are catalogue keys (messages/<locale>/survey.json).
 */
const oneOffAddress = z
  .string()
  .trim()
  .max(254, "survey.mailAddress.invalid")
  .refine((value) => value === "" || z.email().safeParse(value).success, "survey.mailAddress.invalid");

/** The review page's form: send the response, with an optional address for a copy of the answers. */
export const sendResponseSchema = z.object({
  slug: z.string().min(1).max(100),
  copyTo: oneOffAddress.default(""),
});
export type SendResponseInput = z.output<typeof sendResponseSchema>;

/** The "bewaard" page's form: send the resume link to this address, once. */
export const resumeMailSchema = z.object({
  slug: z.string().min(1).max(100),
  email: oneOffAddress.refine((value) => value !== "", "survey.mailAddress.required"),
});
export type ResumeMailInput = z.output<typeof resumeMailSchema>;
