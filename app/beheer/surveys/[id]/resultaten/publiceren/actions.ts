"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAction } from "@/lib/accounts";
import {
  publishResults,
  publishSchema,
  saveResultSummary,
  summarySchema,
  unpublishResults,
  unpublishSchema,
} from "@/lib/results";

/**
 * The publish page's steps. The wrapper checks the session, the input (same schemas as the
 * forms) and survey:publish; the data functions check the permission, the survey's status and
 * the revision again. Each success shows the page again with a message naming what happened.
 */

const pagePath = (surveyId: number) => `/beheer/surveys/${surveyId}/resultaten/publiceren`;

function revalidate(surveyId: number, slug?: string) {
  revalidatePath(pagePath(surveyId));
  revalidatePath(`/beheer/surveys/${surveyId}`);
  revalidatePath("/resultaten");
  if (slug) revalidatePath(`/resultaten/${slug}`);
}

export const saveSummaryAction = createAction(
  { schema: summarySchema, permission: "survey:publish" },
  async (input) => {
    await saveResultSummary(input.surveyId, input.summary);
    revalidate(input.surveyId);
    redirect(`${pagePath(input.surveyId)}?stap=opgeslagen`);
  },
);

export const publishResultsAction = createAction(
  { schema: publishSchema, permission: "survey:publish" },
  async (input) => {
    const { slug } = await publishResults(input.surveyId, {
      summary: input.summary,
      expectedRevision: input.expectedRevision,
    });
    revalidate(input.surveyId, slug);
    redirect(`${pagePath(input.surveyId)}?stap=gepubliceerd`);
  },
);

export const unpublishResultsAction = createAction(
  { schema: unpublishSchema, permission: "survey:publish" },
  async (input) => {
    await unpublishResults(input.surveyId, { expectedRevision: input.expectedRevision });
    revalidate(input.surveyId);
    redirect(`${pagePath(input.surveyId)}?stap=ingetrokken`);
  },
);
