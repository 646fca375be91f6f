import "server-only";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/accounts/data/session";
import { findPersonalData, redact } from "@/lib/moderation/privacy";
import { openQuestionsOf } from "./open-answer-questions";

/*
 * Fills the moderation queue (open_answer_reviews) with the open answers of completed responses
 * that are not in it yet, each with the engine's findings and its proposed redaction.
 *
 * The candidates are chosen in SQL (completed responses only, text answers and "anders, namelijk"
 * texts only, not yet queued) and read in batches ordered by response id, so neither the answers
 * nor the queue are loaded whole; each batch is checked by the engine and inserted in one
 * transaction. Idempotent: the unique index on (response, question, item) with ON CONFLICT DO
 * NOTHING means a second run, or two at once, add nothing twice.
 */

const BATCH_SIZE = 500;

type Candidate = { responseId: number; questionId: string; item: "" | "_anders"; text: string };

const CANDIDATES_SQL = `
  SELECT responseId, questionId, item, text FROM (
    SELECT a.response_id AS responseId, a.question_id AS questionId, '' AS item,
           json_extract(a.value, '$') AS text
    FROM responses r JOIN answers a ON a.response_id = r.id
    WHERE r.survey_id = @surveyId AND r.status = 'completed' AND r.id >= @from
      AND a.question_id IN (SELECT value FROM json_each(@textIds))
      AND json_valid(a.value) AND json_type(a.value) = 'text'
      AND NOT EXISTS (SELECT 1 FROM open_answer_reviews o
                      WHERE o.response_id = a.response_id AND o.question_id = a.question_id AND o.item = '')
    UNION ALL
    SELECT a.response_id, a.question_id, '_anders', json_extract(a.value, '$.other')
    FROM responses r JOIN answers a ON a.response_id = r.id
    WHERE r.survey_id = @surveyId AND r.status = 'completed' AND r.id >= @from
      AND a.question_id IN (SELECT value FROM json_each(@otherIds))
      AND json_valid(a.value) AND json_type(a.value, '$.other') = 'text'
      AND NOT EXISTS (SELECT 1 FROM open_answer_reviews o
                      WHERE o.response_id = a.response_id AND o.question_id = a.question_id AND o.item = '_anders')
  )
  WHERE trim(text) <> ''
  ORDER BY responseId, questionId, item
  LIMIT @limit`;

const INSERT_SQL = `
  INSERT INTO open_answer_reviews (survey_id, response_id, question_id, item, status, findings, redacted_text)
  VALUES (?, ?, ?, ?, 'pending', ?, ?)
  ON CONFLICT (response_id, question_id, item) DO NOTHING`;

/** Adds the survey's new open answers to its moderation queue; returns how many were added. */
export async function syncOpenAnswerQueue(surveyId: number): Promise<{ added: number }> {
  await requirePermission("results:moderate");
  const questions = openQuestionsOf(surveyId);
  if (!questions) return { added: 0 };
  const textIds = JSON.stringify(questions.filter((q) => q.kind === "text").map((q) => q.id));
  const otherIds = JSON.stringify(questions.filter((q) => q.kind === "other").map((q) => q.id));
  if (textIds === "[]" && otherIds === "[]") return { added: 0 };

  const sqlite = getDb().$client;
  const select = sqlite.prepare(CANDIDATES_SQL);
  const insert = sqlite.prepare(INSERT_SQL);
  const insertBatch = sqlite.transaction(
    (rows: { candidate: Candidate; findings: string; redacted: string }[]) => {
      let added = 0;
      for (const { candidate, findings, redacted } of rows) {
        added += insert.run(
          surveyId,
          candidate.responseId,
          candidate.questionId,
          candidate.item,
          findings,
          redacted,
        ).changes;
      }
      return added;
    },
  );

  let added = 0;
  // Keyset on the response id; ">=" because a batch may end halfway through a response's answers
  // (those already queued drop out through NOT EXISTS).
  let from = 0;
  for (;;) {
    const batch = select.all({ surveyId, from, textIds, otherIds, limit: BATCH_SIZE }) as Candidate[];
    if (batch.length === 0) break;
    const rows = batch.map((candidate) => {
      const found = findPersonalData(candidate.text);
      return {
        candidate,
        // Only kind and place: the found text itself is in the answer and need not be copied.
        findings: JSON.stringify(found.map(({ kind, start, end }) => ({ kind, start, end }))),
        redacted: redact(candidate.text, found),
      };
    });
    added += insertBatch.immediate(rows);
    if (batch.length < BATCH_SIZE) break;
    from = batch[batch.length - 1].responseId;
  }
  return { added };
}
