"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import { resultSettingsSchema, saveResultSettings } from "@/lib/results";

// The data function checks survey:publish again and that the survey exists.
export const saveResultSettingsAction = createAction(
  { schema: resultSettingsSchema, permission: "survey:publish" },
  async ({ surveyId, ...input }) => {
    const { changed } = await saveResultSettings(surveyId, input);
    revalidatePath(`/beheer/surveys/${surveyId}/resultaten`, "layout");
    redirect(
      `/beheer/surveys/${surveyId}/resultaten/instellingen?opgeslagen=${changed ? "ja" : "ongewijzigd"}`,
    );
  },
);
