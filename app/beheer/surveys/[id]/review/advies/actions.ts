"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import { responseFormSchema, saveResponse } from "@/lib/review";

// saveResponse checks again: submitted advice of this survey, its own points, not yet final.
export const saveResponseAction = createAction(
  { schema: responseFormSchema, permission: "survey:edit" },
  async (input): Promise<{ status: "draft" | "final" }> => {
    const saved = await saveResponse(input);
    const path = `/beheer/surveys/${input.surveyId}/review`;
    revalidatePath(path);
    revalidatePath(`${path}/advies`);
    if (saved.status === "final") redirect(`${path}/advies?ronde=${saved.roundId}&definitief=1`);
    return { status: saved.status };
  },
);
