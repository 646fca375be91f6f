import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

/**
 * An open survey with one frozen, empty version: enough for tests of the response and resume-code
 * paths, which look at the survey and version rows only.
 */
export function insertOpenSurveyRow(slug: string): { surveyId: number; versionId: number } {
  const db = getDb();
  const surveyId = Number(
    db.run(sql`INSERT INTO surveys (slug, title, status) VALUES (${slug}, ${slug}, 'open')`).lastInsertRowid,
  );
  const versionId = Number(
    db.run(
      sql`INSERT INTO survey_versions (survey_id, number, definition, frozen_at) VALUES (${surveyId}, 1, '{}', ${Date.now()})`,
    ).lastInsertRowid,
  );
  return { surveyId, versionId };
}
