"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import { transitionSurvey } from "@/lib/fieldwork";
import { resultsDateSchema, setResultsExpectedOn, transitionSchema } from "@/lib/surveys";

/**
 * One lifecycle step (lib/surveys/definition/lifecycle.ts) from the survey's overview page. The wrapper only
 * lets staff in; `transitionSurvey` checks the step itself, its own permission and the revision.
 * On success the page is shown again with the new status and a message naming the step.
 */
export const changeSurveyStatusAction = createAction(
  { schema: transitionSchema, permission: "survey:read" },
  async (input) => {
    const result = await transitionSurvey(input);
    revalidatePath("/beheer");
    revalidatePath(`/beheer/surveys/${input.surveyId}`);
    redirect(`/beheer/surveys/${input.surveyId}?stap=${encodeURIComponent(result.transition)}`);
  },
);

/** When the results are expected (residents read it after sending); the page shows the saved date. */
export const setResultsDateAction = createAction(
  { schema: resultsDateSchema, permission: "survey:edit" },
  async (input) => {
    const saved = await setResultsExpectedOn(input);
    revalidatePath(`/beheer/surveys/${input.surveyId}`);
    return saved;
  },
);
