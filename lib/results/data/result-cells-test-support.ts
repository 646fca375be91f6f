import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * Test helpers for the results data functions: a survey with a frozen version, and responses with
 * their stored answers, written with plain SQL so a test sets up exactly the state it needs.
 */

/** An open survey whose current (frozen) version holds `definition`. */
export function insertResultsSurvey(slug: string, definition: SurveyDefinition): number {
  const db = getDb();
  const surveyId = Number(
    db.run(sql`INSERT INTO surveys (slug, title, status) VALUES (${slug}, ${definition.title}, 'open')`)
      .lastInsertRowid,
  );
  const versionId = Number(
    db.run(
      sql`INSERT INTO survey_versions (survey_id, number, definition, frozen_at)
          VALUES (${surveyId}, 1, ${JSON.stringify(definition)}, ${Date.now()})`,
    ).lastInsertRowid,
  );
  db.run(sql`UPDATE surveys SET current_version_id = ${versionId} WHERE id = ${surveyId}`);
  return surveyId;
}

export type TestResponse = {
  answers: Record<string, unknown>;
  channel?: "public" | "panel" | "staff";
  panelId?: number | null;
  ageGroup?: string | null;
  sex?: string | null;
  district?: string | null;
  status?: "in_progress" | "completed";
};

let seq = 0;
/** A response (in progress unless said otherwise) with its answers stored, as the pages store them. */
export function insertStartedResponse(surveyId: number, r: TestResponse): number {
  seq += 1;
  const db = getDb();
  const { v: versionId } = db.get<{ v: number }>(
    sql`SELECT current_version_id AS v FROM surveys WHERE id = ${surveyId}`,
  );
  const completedAt = r.status === "completed" ? Date.now() : null;
  const responseId = Number(
    db.run(
      sql`INSERT INTO responses (survey_id, version_id, channel, panel_id, age_group, sex, district, status,
            completed_at, resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
          VALUES (${surveyId}, ${versionId}, ${r.channel ?? "public"}, ${r.panelId ?? null}, ${r.ageGroup ?? null},
                  ${r.sex ?? null}, ${r.district ?? null}, ${r.status ?? "in_progress"}, ${completedAt},
                  ${`results-${surveyId}-${seq}`}, ${`code-${seq}`}, 'x', 'x')`,
    ).lastInsertRowid,
  );
  for (const [questionId, value] of Object.entries(r.answers))
    db.run(
      sql`INSERT INTO answers (response_id, question_id, value) VALUES (${responseId}, ${questionId}, ${JSON.stringify(value)})`,
    );
  return responseId;
}
