"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import { adviceFormSchema, saveAdvice } from "@/lib/review";

// saveAdvice checks again: a shared round, a draft (submitted advice never changes), known questions.
export const saveAdviceAction = createAction(
  { schema: adviceFormSchema, permission: "review:participate" },
  async (input): Promise<{ status: "draft" | "submitted"; savedAt: string }> => {
    const saved = await saveAdvice(input);
    const path = `/adviesraad/surveys/${input.surveyId}`;
    revalidatePath(path);
    revalidatePath(`${path}/advies`);
    if (saved.status === "submitted") redirect(`${path}/advies?ronde=${input.roundId}&ingediend=1`);
    return { status: saved.status, savedAt: new Date().toISOString() };
  },
);
