"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/accounts";
import { addComment, addReply, commentSchema, replySchema } from "@/lib/review";

// The data functions check again: only shared drafts, only while the round is open.

export const addCommentAction = createAction(
  { schema: commentSchema, permission: "review:participate" },
  async (input) => {
    const created = await addComment(input);
    revalidatePath(`/adviesraad/surveys/${input.surveyId}`);
    return created;
  },
);

export const addReplyAction = createAction(
  { schema: replySchema, permission: "review:participate" },
  async (input) => {
    const created = await addReply(input);
    revalidatePath(`/adviesraad/surveys/${input.surveyId}`);
    return created;
  },
);
