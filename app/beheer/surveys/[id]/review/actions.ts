"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import {
  addReply,
  replySchema,
  resolveThreadSchema,
  setThreadResolved,
  shareForReview,
  shareForReviewSchema,
} from "@/lib/review";

// Each data function checks the permission again and scopes everything by the survey.

export const shareForReviewAction = createAction(
  { schema: shareForReviewSchema, permission: "survey:edit" },
  async (input) => {
    const shared = await shareForReview(input);
    revalidatePath(`/beheer/surveys/${input.surveyId}`);
    revalidatePath("/beheer");
    redirect(`/beheer/surveys/${input.surveyId}/review?gedeeld=${shared.roundId}`);
  },
);

export const staffReplyAction = createAction(
  { schema: replySchema, permission: "survey:edit" },
  async (input) => {
    const created = await addReply(input);
    revalidatePath(`/beheer/surveys/${input.surveyId}/review`);
    return created;
  },
);

export const resolveThreadAction = createAction(
  { schema: resolveThreadSchema, permission: "survey:edit" },
  async (input) => {
    const result = await setThreadResolved(input);
    revalidatePath(`/beheer/surveys/${input.surveyId}/review`);
    return result;
  },
);
