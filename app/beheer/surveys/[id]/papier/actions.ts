"use server";

import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import { issuePaperCodes, printRunSchema } from "@/lib/fieldwork";

// issuePaperCodes checks the permission again and refuses a survey that cannot be printed yet.

/** Issues a code for every copy and shows the print run. */
export const printRunAction = createAction(
  { schema: printRunSchema, permission: "response:enter" },
  async (input) => {
    const { batch } = await issuePaperCodes({ surveyId: input.surveyId, copies: input.exemplaren });
    const query = new URLSearchParams({ partij: batch, ...(input.groot ? { groot: "1" } : {}) });
    redirect(`/beheer/surveys/${input.surveyId}/papier?${query}`);
  },
);
