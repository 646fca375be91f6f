import "server-only";
import { getDb } from "@/db/client";
import type { SurveyDefinition } from "@/lib/surveys/definition/schema";

/*
 * Test helpers for the results data functions: a survey with a frozen version, and responses with
 * their stored answers, written with plain SQL so a test sets up exactly the state it needs.
 */

const sql = () => getDb().$client;

/** An open survey whose current (frozen) version holds `definition`. */
export function insertResultsSurvey(slug: string, definition: SurveyDefinition): number {
  const surveyId = Number(
    sql()
      .prepare("INSERT INTO surveys (slug, title, status) VALUES (?, ?, 'open')")
      .run(slug, definition.title).lastInsertRowid,
  );
  const versionId = Number(
    sql()
      .prepare("INSERT INTO survey_versions (survey_id, number, definition, frozen_at) VALUES (?, 1, ?, ?)")
      .run(surveyId, JSON.stringify(definition), Date.now()).lastInsertRowid,
  );
  sql().prepare("UPDATE surveys SET current_version_id = ? WHERE id = ?").run(versionId, surveyId);
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
  const versionId = (
    sql().prepare("SELECT current_version_id AS v FROM surveys WHERE id = ?").get(surveyId) as { v: number }
  ).v;
  const responseId = Number(
    sql()
      .prepare(
        `INSERT INTO responses (survey_id, version_id, channel, panel_id, age_group, sex, district, status,
           completed_at, resume_token_hash, resume_code_hash, resume_token_sealed, resume_code_sealed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')`,
      )
      .run(
        surveyId,
        versionId,
        r.channel ?? "public",
        r.panelId ?? null,
        r.ageGroup ?? null,
        r.sex ?? null,
        r.district ?? null,
        r.status ?? "in_progress",
        r.status === "completed" ? Date.now() : null,
        `results-${surveyId}-${seq}`,
        `code-${seq}`,
      ).lastInsertRowid,
  );
  const insert = sql().prepare("INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)");
  for (const [questionId, value] of Object.entries(r.answers))
    insert.run(responseId, questionId, JSON.stringify(value));
  return responseId;
}
