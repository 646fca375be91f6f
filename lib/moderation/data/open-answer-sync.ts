import "server-only";
import { inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { queryRows } from "@/db/raw-sql";
import { answers, openAnswerReviews, responses } from "@/db/schema";
import { transaction } from "@/db/transaction";
import { requirePermission } from "@/lib/accounts/data/session";
import type { PiiKind } from "@/lib/moderation/privacy";
import { findPersonalData, redact } from "@/lib/moderation/privacy";
import { openQuestionsOf } from "./open-answer-questions";
import { jsonStringAt } from "./open-answer-sql";

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

type Finding = { kind: PiiKind; start: number; end: number };

type Candidate = { responseId: number; questionId: string; item: "" | "_anders"; text: string };

/**
 * Open answers of completed responses from response `from` on that are not queued yet, `limit` of
 * them: the answers to the text questions, and the "anders, namelijk" texts of the choice questions.
 */
function candidatesSql(params: {
  surveyId: number;
  from: number;
  textIds: string[];
  otherIds: string[];
  limit: number;
}) {
  const { surveyId, from, textIds, otherIds, limit } = params;
  const r = alias(responses, "r");
  const a = alias(answers, "a");
  const o = alias(openAnswerReviews, "o");
  const branch = (item: "" | "_anders", questionIds: string[]) => {
    const text = item === "" ? jsonStringAt(a.value) : jsonStringAt(a.value, "other");
    return sql`
    SELECT ${a.responseId} AS "responseId", ${a.questionId} AS "questionId", CAST(${item} AS TEXT) AS item, ${text} AS text
    FROM ${responses} ${r} JOIN ${answers} ${a} ON ${a.responseId} = ${r.id}
    WHERE ${r.surveyId} = ${surveyId} AND ${r.status} = 'completed' AND ${r.id} >= ${from}
      AND ${inArray(a.questionId, questionIds)}
      AND trim(${text}) <> ''
      AND NOT EXISTS (SELECT 1 FROM ${openAnswerReviews} ${o}
                      WHERE ${o.responseId} = ${a.responseId} AND ${o.questionId} = ${a.questionId} AND ${o.item} = ${item})`;
  };
  const branches = [
    ...(textIds.length > 0 ? [branch("", textIds)] : []),
    ...(otherIds.length > 0 ? [branch("_anders", otherIds)] : []),
  ];
  return sql`
  SELECT "responseId", "questionId", item, text FROM (${sql.join(branches, sql` UNION ALL `)}) AS candidates
  ORDER BY "responseId", "questionId", item
  LIMIT ${limit}`;
}

/** Adds the survey's new open answers to its moderation queue; returns how many were added. */
export async function syncOpenAnswerQueue(surveyId: number): Promise<{ added: number }> {
  await requirePermission("results:moderate");
  const questions = await openQuestionsOf(surveyId);
  if (!questions) return { added: 0 };
  const textIds = questions.filter((q) => q.kind === "text").map((q) => q.id);
  const otherIds = questions.filter((q) => q.kind === "other").map((q) => q.id);
  if (textIds.length === 0 && otherIds.length === 0) return { added: 0 };

  const db = getDb();
  // One INSERT per batch (in its own transaction): ON CONFLICT DO NOTHING leaves out an answer a
  // parallel run queued first, and RETURNING counts only the rows this run added.
  const insertBatch = async (rows: { candidate: Candidate; findings: Finding[]; redacted: string }[]) =>
    await transaction(async (tx) =>
      rows.length === 0
        ? 0
        : (
            await tx
              .insert(openAnswerReviews)
              .values(
                rows.map(({ candidate, findings, redacted }) => ({
                  surveyId,
                  responseId: candidate.responseId,
                  questionId: candidate.questionId,
                  item: candidate.item,
                  status: "pending" as const,
                  findings,
                  redactedText: redacted,
                })),
              )
              .onConflictDoNothing({
                target: [openAnswerReviews.responseId, openAnswerReviews.questionId, openAnswerReviews.item],
              })
              .returning({ id: openAnswerReviews.id })
          ).length,
    );

  let added = 0;
  // Keyset on the response id; ">=" because a batch may end halfway through a response's answers
  // (those already queued drop out through NOT EXISTS).
  let from = 0;
  for (;;) {
    const batch = await queryRows<Candidate>(
      db,
      candidatesSql({ surveyId, from, textIds, otherIds, limit: BATCH_SIZE }),
    );
    if (batch.length === 0) break;
    const rows = batch.map((candidate) => {
      const found = findPersonalData(candidate.text);
      return {
        candidate,
        // Only kind and place: the found text itself is in the answer and need not be copied.
        findings: found.map(({ kind, start, end }) => ({ kind, start, end })),
        redacted: redact(candidate.text, found),
      };
    });
    added += await insertBatch(rows);
    if (batch.length < BATCH_SIZE) break;
    from = batch[batch.length - 1].responseId;
  }
  return { added };
}
