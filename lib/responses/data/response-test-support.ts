import "server-only";
import { surveys, surveyVersions } from "@/db/schema";
import { transaction } from "@/db/transaction";

/**
 * An open survey with one frozen, empty version: enough for tests of the response and resume-code
 * paths, which look at the survey and version rows only. Written through the query builder, so the
 * moment and the JSON are stored as each engine keeps them.
 */
export async function insertOpenSurveyRow(slug: string): Promise<{ surveyId: number; versionId: number }> {
  return await transaction(async (tx) => {
    const [{ surveyId }] = await tx
      .insert(surveys)
      .values({ slug, title: slug, status: "open" })
      .returning({ surveyId: surveys.id });
    const [{ versionId }] = await tx
      .insert(surveyVersions)
      .values({ surveyId, number: 1, definition: {}, frozenAt: new Date() })
      .returning({ versionId: surveyVersions.id });
    return { surveyId, versionId };
  });
}
