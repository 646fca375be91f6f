import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { execute, requiredRow } from "@/db/raw-sql";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * Test helpers for the results data functions: a survey with a frozen version, and responses with
 * their stored answers, written with plain SQL so a test sets up exactly the state it needs.
 */

/** An open survey whose current (frozen) version holds `definition`. */
export async function insertResultsSurvey(slug: string, definition: SurveyDefinition): Promise<number> {
  const db = getDb();
  const surveyId = Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO surveys (slug, title, status) VALUES (${slug}, ${definition.title}, 'open') RETURNING id`,
      )
    ).id,
  );
  const versionId = Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO survey_versions (survey_id, number, definition, frozen_at)
          VALUES (${surveyId}, 1, ${JSON.stringify(definition)}, ${Date.now()}) RETURNING id`,
      )
    ).id,
  );
  await execute(db, sql`UPDATE surveys SET current_version_id = ${versionId} WHERE id = ${surveyId}`);
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
export async function insertStartedResponse(surveyId: number, r: TestResponse): Promise<number> {
  seq += 1;
  const db = getDb();
  const { v: versionId } = await requiredRow<{ v: number }>(
    db,
    sql`SELECT current_version_id AS v FROM surveys WHERE id = ${surveyId}`,
  );
  const completedAt = r.status === "completed" ? Date.now() : null;
  const responseId = Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO responses (survey_id, version_id, channel, panel_id, age_group, sex, district, status,
            completed_at, resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
          VALUES (${surveyId}, ${versionId}, ${r.channel ?? "public"}, ${r.panelId ?? null}, ${r.ageGroup ?? null},
                  ${r.sex ?? null}, ${r.district ?? null}, ${r.status ?? "in_progress"}, ${completedAt},
                  ${`results-${surveyId}-${seq}`}, ${`code-${seq}`}, 'x', 'x') RETURNING id`,
      )
    ).id,
  );
  for (const [questionId, value] of Object.entries(r.answers))
    await execute(
      db,
      sql`INSERT INTO answers (response_id, question_id, value) VALUES (${responseId}, ${questionId}, ${JSON.stringify(value)})`,
    );
  return responseId;
}
