import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { requiredRow } from "@/db/raw-sql";

/**
 * An open survey with one frozen, empty version: enough for tests of the response and resume-code
 * paths, which look at the survey and version rows only.
 */
export async function insertOpenSurveyRow(slug: string): Promise<{ surveyId: number; versionId: number }> {
  const db = getDb();
  const surveyId = Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO surveys (slug, title, status) VALUES (${slug}, ${slug}, 'open') RETURNING id`,
      )
    ).id,
  );
  const versionId = Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO survey_versions (survey_id, number, definition, frozen_at) VALUES (${surveyId}, 1, '{}', ${Date.now()}) RETURNING id`,
      )
    ).id,
  );
  return { surveyId, versionId };
}
