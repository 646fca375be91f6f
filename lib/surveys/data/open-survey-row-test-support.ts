import { getDb } from "@/db/client";
import { surveys, surveyVersions } from "@/db/schema";

/**
 * An open survey with one frozen, empty version: enough for tests of the response and resume-code
 * paths, which look at the survey and version rows only. Written through the builder, with ids
 * given by the database, so it runs the same on SQLite and PostgreSQL.
 */
export async function insertOpenSurveyRow(slug: string): Promise<{ surveyId: number; versionId: number }> {
  const db = getDb();
  const [survey] = await db
    .insert(surveys)
    .values({ slug, title: slug, status: "open" })
    .returning({ id: surveys.id });
  const [version] = await db
    .insert(surveyVersions)
    .values({ surveyId: survey.id, number: 1, definition: {}, frozenAt: new Date() })
    .returning({ id: surveyVersions.id });
  return { surveyId: survey.id, versionId: version.id };
}
