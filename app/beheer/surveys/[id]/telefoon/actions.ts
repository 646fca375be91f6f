"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import { drawPhoneCode, phoneCallSchema } from "@/lib/fieldwork";

// drawPhoneCode checks the permission again and refuses when the survey is not open.

/** A call starts: a code is drawn for it and the entry screen opens with that code filled in. */
export const startCallAction = createAction(
  { schema: phoneCallSchema, permission: "response:enter" },
  async ({ surveyId }) => {
    const { code } = await drawPhoneCode(surveyId);
    redirect(`/beheer/surveys/${surveyId}/invoeren?${new URLSearchParams({ code })}`);
  },
);
