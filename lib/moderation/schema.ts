import { z } from "zod";
import type { ModerationStatus } from "@/lib/moderation/types";

/*
 * The zod schemas of the moderation forms: the forms use them in the browser and the server
 * actions (createAction) and data functions (lib/moderation/data/open-answer-moderation.ts) on the server.
 * Messages are next-intl keys in messages/<locale>/moderation.json. Client components import this
 * file: no database imports (db/schema/results.ts holds only table definitions).
 */

/** The longest text the survey builder allows for an open answer (long_text). */
export const REDACTED_TEXT_MAX_LENGTH = 10000;

/** Answers per page of the queue. */
export const QUEUE_PAGE_SIZE = 20;

/** The queue's statuses, as in db/schema/results.ts (repeated: that module is not for the browser). */
export const MODERATION_STATUSES = [
  "pending",
  "approved",
  "rejected",
] as const satisfies readonly ModerationStatus[];
export type { ModerationStatus };

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
const id = (message: string) => z.coerce.number(message).int(message).positive(message);

/**
 * A moderator's decision on one open answer. Approving publishes `text`, the engine's proposed
 * redaction as staff accepted, edited or extended it; rejecting means it is never published.
 * `checked` is the explicit "ik heb dit gecontroleerd" override for an approved text in which the
 * engine still finds personal data (recorded in the audit log).
 */
const decisionFields = {
  decision: z.enum(["approve", "reject"], "moderation.validation.decisionUnknown"),
  text: z
    .string("moderation.validation.textRequired")
    .trim()
    .max(REDACTED_TEXT_MAX_LENGTH, "moderation.validation.textTooLong"),
  checked: checkbox.default(false),
};

function textRequiredToApprove(input: { decision: string; text: string }, ctx: z.RefinementCtx): void {
  if (input.decision === "approve" && !input.text)
    ctx.addIssue({ code: "custom", path: ["text"], message: "moderation.validation.textRequired" });
}

export const moderationDecisionSchema = z.object(decisionFields).superRefine(textRequiredToApprove);
export type ModerationDecisionInput = z.input<typeof moderationDecisionSchema>;
export type ModerationDecision = z.output<typeof moderationDecisionSchema>;

/** Where the queue page was, so the action can send staff back to the same place. */
const queuePosition = {
  status: z.enum(MODERATION_STATUSES, "moderation.validation.statusUnknown").default("pending"),
  page: z.coerce.number("moderation.validation.pageUnknown").int().min(1).max(100000).default(1),
};

/** The queue form: which answer of which survey, the decision, and the queue position to return to. */
export const moderateAnswerFormSchema = z
  .object({
    surveyId: id("moderation.validation.surveyUnknown"),
    reviewId: id("moderation.validation.answerUnknown"),
    ...queuePosition,
    ...decisionFields,
  })
  .superRefine(textRequiredToApprove);
export type ModerateAnswerForm = z.output<typeof moderateAnswerFormSchema>;

/** Picking an approved answer as a quote for the public page, or dropping it again. */
export const quoteFormSchema = z.object({
  surveyId: id("moderation.validation.surveyUnknown"),
  reviewId: id("moderation.validation.answerUnknown"),
  quote: z
    .enum(["true", "false"], "moderation.validation.quoteUnknown")
    .transform((value) => value === "true"),
  ...queuePosition,
});
export type QuoteForm = z.output<typeof quoteFormSchema>;

/** The status filter of the queue page, read from the URL (anything unknown means "pending"). */
export function queueStatusFrom(value: unknown): (typeof MODERATION_STATUSES)[number] {
  return MODERATION_STATUSES.find((status) => status === value) ?? "pending";
}

/** The page number of the queue page, read from the URL (anything unusable means 1). */
export function queuePageFrom(value: unknown): number {
  return typeof value === "string" && /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : 1;
}
