import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { execute, queryRows, requiredRow } from "@/db/raw-sql";
import { insertSurvey } from "@/lib/panels/data/panel-test-support";

/*
 * Test helpers for the moderation queue: a survey with open questions and responses written
 * with plain SQL, so a test sets up exactly the answers it needs.
 */

const choice = (id: string, type: "single_choice" | "multiple_choice", other: boolean) => ({
  id,
  type,
  text: `Keuzevraag ${id}`,
  options: [
    { value: "familie", label: "Familie" },
    { value: "buren", label: "Buren" },
  ],
  other,
});

/** Two text questions, two choice questions with "anders, namelijk", and two questions without open text. */
export const OPEN_ANSWER_DEFINITION = {
  format: 1,
  title: "Moderatie",
  intro: "Intro",
  privacy: "Privacy",
  closing: "Dank",
  pages: [
    {
      id: "p1",
      title: "Eerste",
      questions: [
        { id: "tips", type: "long_text", text: "Heeft u tips voor de gemeente?" },
        choice("hulp", "multiple_choice", true),
        { id: "leeftijd", type: "number", text: "Hoe oud bent u?" },
      ],
    },
    {
      id: "p2",
      title: "Tweede",
      questions: [
        { id: "mist", type: "short_text", text: "Wat mist u in de buurt?" },
        choice("wonen", "single_choice", true),
        choice("vervoer", "single_choice", false),
      ],
    },
  ],
};

/** A survey (status open) whose current version has OPEN_ANSWER_DEFINITION. */
export async function insertOpenAnswerSurvey(slug: string): Promise<number> {
  const surveyId = await insertSurvey(slug);
  await execute(
    getDb(),
    sql`UPDATE survey_versions SET definition = ${JSON.stringify(OPEN_ANSWER_DEFINITION)} WHERE survey_id = ${surveyId}`,
  );
  return surveyId;
}

let responseSeq = 0;
/** A response with these stored answers (questionId → value as in lib/surveys/definition/answer-types.ts). */
export async function insertResponseWithAnswers(
  surveyId: number,
  status: "completed" | "in_progress",
  answers: Record<string, unknown>,
): Promise<number> {
  responseSeq += 1;
  const db = getDb();
  const { v: versionId } = await requiredRow<{ v: number }>(
    db,
    sql`SELECT current_version_id AS v FROM surveys WHERE id = ${surveyId}`,
  );
  const completedAt = status === "completed" ? Date.now() : null;
  const responseId = Number(
    (
      await requiredRow<{ id: number }>(
        db,
        sql`INSERT INTO responses (survey_id, version_id, channel, status, completed_at, resume_token_hash,
            resume_code_hash, resume_token_sealed, resume_code_sealed)
          VALUES (${surveyId}, ${versionId}, 'public', ${status}, ${completedAt},
                  ${`oa-${responseSeq}-${surveyId}`}, ${`oac-${responseSeq}`}, 'x', 'x') RETURNING id`,
      )
    ).id,
  );
  for (const [questionId, value] of Object.entries(answers))
    await execute(
      db,
      sql`INSERT INTO answers (response_id, question_id, value) VALUES (${responseId}, ${questionId}, ${JSON.stringify(value)})`,
    );
  return responseId;
}

/** The queue rows of a survey as stored, oldest first. */
export async function queueRows(surveyId: number) {
  return await queryRows<{
    id: number;
    responseId: number;
    questionId: string;
    item: string;
    status: string;
    findings: string;
    redactedText: string;
    quote: number;
  }>(
    getDb(),
    sql`SELECT id, response_id AS responseId, question_id AS questionId, item, status, findings,
               redacted_text AS redactedText, quote
        FROM open_answer_reviews WHERE survey_id = ${surveyId} ORDER BY id`,
  );
}
