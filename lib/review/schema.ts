import { z } from "zod";
import { idSchema } from "@/lib/surveys/definition/schema";
import { emptyToUndefined, nestFormFields, toStringList } from "../http/form-fields";
import { isAfterToday, isCalendarDate } from "./deadline";
import { VERDICTS } from "./types";
import { explanationRequired } from "./verdicts";

/*
 * The zod schemas of the review forms: react-hook-form's zodResolver uses them in the browser and
 * the server actions (createAction) use the same ones on the server. Messages are next-intl keys
 * in messages/<locale>/review.json. Client components import this file: no database imports.
 */

export const COMMENT_MAX_LENGTH = 5000;
export const INTRODUCTION_MAX_LENGTH = 10000;
export const POINTS_MAX = 50;

const id = (message: string) => z.coerce.number(message).int(message).positive(message);
const surveyId = id("review.validation.surveyUnknown");

const body = z
  .string("review.validation.bodyRequired")
  .trim()
  .min(1, "review.validation.bodyRequired")
  .max(COMMENT_MAX_LENGTH, "review.validation.bodyTooLong");

// ---- Sharing a version for review ----------------------------------------------------------------

export const shareForReviewSchema = z.object({
  surveyId,
  /** The survey's revision the page showed: sharing refuses when the draft changed since. */
  revision: z.coerce.number("review.validation.revisionUnknown").int("review.validation.revisionUnknown"),
  adviceDeadline: z
    .string("review.validation.deadlineRequired")
    .trim()
    .superRefine((value, ctx) => {
      if (!value) ctx.addIssue({ code: "custom", message: "review.validation.deadlineRequired" });
      else if (!isCalendarDate(value))
        ctx.addIssue({ code: "custom", message: "review.validation.deadlineInvalid" });
      else if (!isAfterToday(value))
        ctx.addIssue({ code: "custom", message: "review.validation.deadlineNotFuture" });
    }),
});
export type ShareForReviewInput = z.infer<typeof shareForReviewSchema>;

// ---- Comments and threads -------------------------------------------------------------------------

export const commentSchema = z.object({
  surveyId,
  versionId: id("review.validation.versionUnknown"),
  /** A question's stable id; empty for a comment on the survey as a whole. */
  questionId: z.preprocess(emptyToUndefined, idSchema.optional()),
  body,
});
export type CommentInput = z.infer<typeof commentSchema>;

export const replySchema = z.object({
  surveyId,
  threadId: id("review.validation.threadUnknown"),
  body,
});
export type ReplyInput = z.infer<typeof replySchema>;

export const resolveThreadSchema = z.object({
  surveyId,
  threadId: id("review.validation.threadUnknown"),
  resolved: z.enum(["true", "false"], "review.validation.threadUnknown").transform((v) => v === "true"),
});
export type ResolveThreadInput = z.infer<typeof resolveThreadSchema>;

// ---- The Adviesraad's advice ---------------------------------------------------------------------

export const ADVICE_INTENTS = ["save", "submit"] as const;

export const advicePointSchema = z.object({
  body: z
    .string("review.validation.pointRequired")
    .trim()
    .min(1, "review.validation.pointRequired")
    .max(COMMENT_MAX_LENGTH, "review.validation.bodyTooLong"),
  /** The questions of the shared version the point is about; none for the survey as a whole. */
  questionIds: z.preprocess(
    toStringList,
    z.array(idSchema, "review.validation.questionUnknown").max(200, "review.validation.questionUnknown"),
  ),
});

/**
 * The fields both shared drafts have, the advice and the official response: when the draft was
 * last saved as the page showed it (0: no draft yet) — several people share one draft, so a save
 * based on an older state is refused instead of overwriting — and its introduction.
 */
const sharedDraftFields = {
  baseUpdatedAt: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).optional()),
  introduction: z
    .string()
    .trim()
    .max(INTRODUCTION_MAX_LENGTH, "review.validation.introductionTooLong")
    .default(""),
};

/**
 * Saving keeps a half-written draft (each point written so far needs text); submitting also
 * needs an introduction and at least one point, because submitted advice never changes again.
 */
export const adviceFormSchema = z.preprocess(
  nestFormFields,
  z
    .object({
      surveyId,
      roundId: id("review.validation.roundUnknown"),
      ...sharedDraftFields,
      points: z.array(advicePointSchema).max(POINTS_MAX, "review.validation.tooManyPoints").default([]),
      intent: z.enum(ADVICE_INTENTS, "review.validation.intentUnknown"),
    })
    .superRefine((advice, ctx) => {
      if (advice.intent !== "submit") return;
      if (!advice.introduction) {
        ctx.addIssue({
          code: "custom",
          path: ["introduction"],
          message: "review.validation.introductionRequired",
        });
      }
      if (!Array.isArray(advice.points) || advice.points.length === 0) {
        ctx.addIssue({ code: "custom", path: ["points"], message: "review.validation.pointsRequired" });
      }
    }),
);
export type AdviceFormInput = z.infer<typeof adviceFormSchema>;
export type AdviceIntent = (typeof ADVICE_INTENTS)[number];

// ---- The official response (ambtelijke reactie) --------------------------------------------------

export const RESPONSE_INTENTS = ["save", "finalize"] as const;

export const responsePointSchema = z.object({
  pointId: id("review.validation.pointUnknown"),
  /** Empty while staff have not answered the point yet (allowed in a saved draft). */
  verdict: z.preprocess(emptyToUndefined, z.enum(VERDICTS, "review.validation.verdictInvalid").optional()),
  explanation: z.string().trim().max(COMMENT_MAX_LENGTH, "review.validation.bodyTooLong").default(""),
  handledInVersionId: z.preprocess(emptyToUndefined, id("review.validation.versionUnknown").optional()),
});

/**
 * The explanation is required for partly and not adopted points in every save (Awb 3:50), not
 * only when finalizing: a reason is part of the answer. Finalizing needs every point answered.
 */
export const responseFormSchema = z.preprocess(
  nestFormFields,
  z
    .object({
      surveyId,
      adviceId: id("review.validation.adviceUnknown"),
      ...sharedDraftFields,
      points: z.array(responsePointSchema).max(POINTS_MAX, "review.validation.tooManyPoints").default([]),
      intent: z.enum(RESPONSE_INTENTS, "review.validation.intentUnknown"),
    })
    .superRefine((response, ctx) => {
      if (!Array.isArray(response.points)) return;
      response.points.forEach((point, index) => {
        if (!point || typeof point !== "object") return;
        if (explanationRequired(point.verdict) && !point.explanation) {
          ctx.addIssue({
            code: "custom",
            path: ["points", index, "explanation"],
            message: "review.validation.explanationRequired",
          });
        }
        if (response.intent === "finalize" && !point.verdict) {
          ctx.addIssue({
            code: "custom",
            path: ["points", index, "verdict"],
            message: "review.validation.verdictRequired",
          });
        }
      });
    }),
);
export type ResponseFormInput = z.infer<typeof responseFormSchema>;
export type ResponseIntent = (typeof RESPONSE_INTENTS)[number];
