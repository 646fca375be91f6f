import { getDb } from "@/db/client";

/**
 * An open survey with one frozen, empty version: enough for tests of the response and resume-code
 * paths, which look at the survey and version rows only.
 */
export function insertOpenSurveyRow(slug: string): { surveyId: number; versionId: number } {
  const sql = getDb().$client;
  const surveyId = Number(
    sql.prepare("INSERT INTO surveys (slug, title, status) VALUES (?, ?, 'open')").run(slug, slug)
      .lastInsertRowid,
  );
  const versionId = Number(
    sql
      .prepare(
        "INSERT INTO survey_versions (survey_id, number, definition, frozen_at) VALUES (?, 1, '{}', ?)",
      )
      .run(surveyId, Date.now()).lastInsertRowid,
  );
  return { surveyId, versionId };
}
