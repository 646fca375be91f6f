"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts/data/action";
import { addReply, setThreadResolved } from "@/lib/review/data/review-comments";
import { shareForReview } from "@/lib/review/data/review-rounds";
import { replySchema, resolveThreadSchema, shareForReviewSchema } from "@/lib/review/schema";

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
