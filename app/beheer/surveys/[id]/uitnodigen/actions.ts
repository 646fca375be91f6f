"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import { anonymitySchema, sendInvitations, sendInvitationsSchema, setSurveyAnonymity } from "@/lib/fieldwork";

// Each data function checks the permission again and scopes everything by the survey.

export const sendInvitationsAction = createAction(
  { schema: sendInvitationsSchema, permission: "fieldwork:send" },
  async (input) => {
    const sent = await sendInvitations(input);
    revalidatePath(`/beheer/surveys/${input.surveyId}`);
    redirect(
      `/beheer/surveys/${input.surveyId}/uitnodigen?${new URLSearchParams({
        verstuurd: String(sent.invited),
        overgeslagen: String(sent.skipped),
      })}`,
    );
  },
);

export const setAnonymityAction = createAction(
  { schema: anonymitySchema, permission: "survey:edit" },
  async (input) => {
    const { changed } = await setSurveyAnonymity(input);
    revalidatePath(`/beheer/surveys/${input.surveyId}`);
    redirect(
      `/beheer/surveys/${input.surveyId}/uitnodigen?anonimiteit=${changed ? "opgeslagen" : "ongewijzigd"}`,
    );
  },
);
