"use server";

import { redirect } from "next/navigation";
import type { ModerationActionData } from "@/components/moderation/moderation-action-data";
import { createAction } from "@/lib/accounts";
import {
  moderateAnswerFormSchema,
  moderateOpenAnswer,
  PersonalDataRemainsError,
  queueHref,
  quoteFormSchema,
  setQuote,
} from "@/lib/moderation";

/**
 * Approve or reject one open answer from the queue page. On success staff go back to the same
 * list and page, to the message placed where the answer was (works without JavaScript).
 *
 * An approval the engine still finds personal data in comes back as data, not as a refusal, so
 * the form can show the text exactly as staff typed it (also without JavaScript, where the page is
 * rendered anew) with what was found and the "ik heb dit gecontroleerd" box.
 */
export const moderateAnswerAction = createAction(
  { schema: moderateAnswerFormSchema, permission: "results:moderate" },
  async (input): Promise<ModerationActionData> => {
    let outcome: Awaited<ReturnType<typeof moderateOpenAnswer>>;
    try {
      outcome = await moderateOpenAnswer(input.surveyId, input.reviewId, {
        decision: input.decision,
        text: input.text,
        checked: input.checked,
      });
    } catch (error) {
      if (!(error instanceof PersonalDataRemainsError)) throw error;
      return {
        needsCheck: {
          text: input.text,
          findings: error.findings.map(({ kind, text }) => ({ kind, text })),
        },
      };
    }
    redirect(
      queueHref(input.surveyId, outcome.questionId, {
        status: input.status,
        page: input.page,
        done: outcome.status === "approved" ? "approved" : "rejected",
        reviewId: outcome.reviewId,
      }),
    );
  },
);

/** Pick an approved answer as a quote, or drop it; back to the same place in the queue. */
export const setQuoteAction = createAction(
  { schema: quoteFormSchema, permission: "results:moderate" },
  async (input): Promise<never> => {
    const outcome = await setQuote(input.surveyId, input.reviewId, input.quote);
    redirect(
      queueHref(input.surveyId, outcome.questionId, {
        status: input.status,
        page: input.page,
        done: outcome.quote ? "quote" : "unquote",
        reviewId: outcome.reviewId,
      }),
    );
  },
);
