import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { openAnswerReviews } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { openQuestionsOf } from "./open-answer-questions";

/*
 * The quotes that may be published: approved answers staff picked as quotes, as their redacted
 * text only. Nothing that points at a response (no ids, no dates, no order of arrival): sorted by
 * question order, then alphabetically.
 */

export type PublishedQuote = { questionId: string; questionText: string; text: string };

/** Who may read the quotes: moderators, and the publish action (survey:publish). */
export type QuotePermission = "results:moderate" | "survey:publish";

const QUOTE_PERMISSIONS: readonly QuotePermission[] = ["results:moderate", "survey:publish"];

export async function getPublishedQuotes(
  surveyId: number,
  permission: QuotePermission,
): Promise<PublishedQuote[]> {
  if (!QUOTE_PERMISSIONS.includes(permission))
    throw new Error(`getPublishedQuotes: not a quote permission: ${permission}`);
  await requirePermission(permission);
  const questions = (await openQuestionsOf(surveyId)) ?? [];
  const rows = await getDb()
    .select({ questionId: openAnswerReviews.questionId, text: openAnswerReviews.redactedText })
    .from(openAnswerReviews)
    .where(
      and(
        eq(openAnswerReviews.surveyId, surveyId),
        eq(openAnswerReviews.status, "approved"),
        eq(openAnswerReviews.quote, true),
      ),
    );
  const order = new Map(questions.map((q, index) => [q.id, index]));
  const textOf = new Map(questions.map((q) => [q.id, q.text]));
  const collator = new Intl.Collator("nl");
  return rows
    .map((row) => ({
      questionId: row.questionId,
      questionText: textOf.get(row.questionId) ?? row.questionId,
      text: row.text,
    }))
    .sort(
      (a, b) =>
        (order.get(a.questionId) ?? order.size) - (order.get(b.questionId) ?? order.size) ||
        a.questionId.localeCompare(b.questionId) ||
        collator.compare(a.text, b.text) ||
        (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    );
}
