import "server-only";
import { and, eq, type SQL, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, openAnswerReviews, surveys } from "@/db/schema";
import { requirePermission } from "@/lib/accounts/data/session";
import { listPage } from "@/lib/http/list-page";
import { PII_KINDS, type PiiKind } from "@/lib/moderation/privacy/types";
import { QUEUE_PAGE_SIZE } from "@/lib/moderation/schema";
import type { ModerationStatus } from "@/lib/moderation/types";
import { type OpenQuestion, openQuestionsOf } from "./open-answer-questions";
import { jsonStringAt } from "./open-answer-sql";

/*
 * The moderation queue of open answers, for staff with results:moderate: an overview per open
 * question and the answers of one question, page by page. Every query is scoped by the survey.
 * The response an answer belongs to is never returned: moderators see the words, not who wrote them.
 *
 * The queue is filled by syncOpenAnswerQueue (open-answer-sync.ts); decisions and quotes are in
 * open-answer-moderation.ts; what may be published in open-answer-quotes.ts.
 */

export { moderateOpenAnswer, setQuote } from "./open-answer-moderation";
export type { OpenQuestion, OpenQuestionKind } from "./open-answer-questions";
export { getPublishedQuotes, type PublishedQuote } from "./open-answer-quotes";
export { syncOpenAnswerQueue } from "./open-answer-sync";

export type StatusCounts = Record<ModerationStatus, number> & { quotes: number };

export type ModerationOverview = {
  survey: { id: number; title: string; status: string };
  questions: (OpenQuestion & StatusCounts)[];
};

/** A finding as stored: where in the original answer, and what kind of personal data. */
export type StoredFinding = { kind: PiiKind; start: number; end: number };

export type OpenAnswer = {
  id: number;
  item: "" | "_anders";
  status: ModerationStatus;
  /** The resident's words as given (for the moderator only; never published). */
  original: string;
  findings: StoredFinding[];
  /** The text that may be published: the proposal, or as staff accepted or edited it. */
  redactedText: string;
  quote: boolean;
  moderatedAt: Date | null;
};

export type OpenAnswerPage = {
  survey: { id: number; title: string };
  question: OpenQuestion;
  status: ModerationStatus;
  counts: StatusCounts;
  page: number;
  pageCount: number;
  answers: OpenAnswer[];
};

const reviews = openAnswerReviews;
const countWhere = (condition: SQL | undefined) => sql<number>`count(*) FILTER (WHERE ${condition})`;
/** How many of the selected reviews are pending, approved, rejected and quotes (0 for none). */
const COUNTS_COLUMNS = {
  pending: countWhere(eq(reviews.status, "pending")),
  approved: countWhere(eq(reviews.status, "approved")),
  rejected: countWhere(eq(reviews.status, "rejected")),
  quotes: countWhere(and(eq(reviews.status, "approved"), eq(reviews.quote, true))),
};

async function surveyRow(surveyId: number) {
  return (
    await getDb()
      .select({ id: surveys.id, title: surveys.title, status: surveys.status })
      .from(surveys)
      .where(eq(surveys.id, surveyId))
      .limit(1)
  )[0];
}

const noCounts = (): StatusCounts => ({ pending: 0, approved: 0, rejected: 0, quotes: 0 });

/** Every open question of the survey with how many of its answers are pending, approved, rejected and quotes. */
export async function getModerationOverview(surveyId: number): Promise<ModerationOverview | null> {
  await requirePermission("results:moderate");
  const survey = await surveyRow(surveyId);
  const questions = await openQuestionsOf(surveyId);
  if (!survey || !questions) return null;
  const counts = new Map(
    (
      await getDb()
        .select({ questionId: reviews.questionId, ...COUNTS_COLUMNS })
        .from(reviews)
        .where(eq(reviews.surveyId, surveyId))
        .groupBy(reviews.questionId)
    ).map(({ questionId, ...c }) => [questionId, c]),
  );
  return {
    survey,
    questions: questions.map((question) => ({ ...question, ...(counts.get(question.id) ?? noCounts()) })),
  };
}

/**
 * One page of a question's answers with the given status, oldest first. Null when the survey does
 * not exist or the question is not one of its open questions. A page past the end shows the last.
 */
export async function listOpenAnswers(
  surveyId: number,
  questionId: string,
  options: { status: ModerationStatus; page: number },
): Promise<OpenAnswerPage | null> {
  await requirePermission("results:moderate");
  const survey = await surveyRow(surveyId);
  const question = (await openQuestionsOf(surveyId))?.find((q) => q.id === questionId);
  if (!survey || !question) return null;
  const db = getDb();
  const counts = (
    await db
      .select(COUNTS_COLUMNS)
      .from(reviews)
      .where(and(eq(reviews.surveyId, surveyId), eq(reviews.questionId, questionId)))
  )[0];
  const statusCounts: StatusCounts = {
    pending: counts?.pending ?? 0,
    approved: counts?.approved ?? 0,
    rejected: counts?.rejected ?? 0,
    quotes: counts?.quotes ?? 0,
  };
  const total = statusCounts[options.status];
  const { page, pageCount, offset } = listPage(total, options.page, QUEUE_PAGE_SIZE);
  const rows = await db
    .select({
      id: reviews.id,
      item: reviews.item,
      status: reviews.status,
      findings: reviews.findings,
      redactedText: reviews.redactedText,
      quote: reviews.quote,
      moderatedAt: reviews.moderatedAt,
      original: sql<
        string | null
      >`CASE WHEN ${reviews.item} = '' THEN ${jsonStringAt(answers.value)} ELSE ${jsonStringAt(answers.value, "other")} END`,
    })
    .from(reviews)
    .leftJoin(
      answers,
      and(eq(answers.responseId, reviews.responseId), eq(answers.questionId, reviews.questionId)),
    )
    .where(
      and(
        eq(reviews.surveyId, surveyId),
        eq(reviews.questionId, questionId),
        eq(reviews.status, options.status),
      ),
    )
    .orderBy(reviews.id)
    .limit(QUEUE_PAGE_SIZE)
    .offset(offset);
  return {
    survey: { id: survey.id, title: survey.title },
    question,
    status: options.status,
    counts: statusCounts,
    page,
    pageCount,
    answers: rows.map((row) => {
      const original = typeof row.original === "string" ? row.original : "";
      return {
        id: row.id,
        item: row.item === "_anders" ? "_anders" : "",
        status: row.status,
        original,
        findings: storedFindings(row.findings, original.length),
        redactedText: row.redactedText,
        quote: row.quote,
        moderatedAt: row.moderatedAt,
      };
    }),
  };
}

/** The stored findings that still fit the original text, sorted and without overlaps. */
function storedFindings(parsed: unknown, length: number): StoredFinding[] {
  if (!Array.isArray(parsed)) return [];
  const fits = parsed.filter(
    (f): f is StoredFinding =>
      typeof f === "object" &&
      f !== null &&
      PII_KINDS.includes(f.kind) &&
      Number.isInteger(f.start) &&
      Number.isInteger(f.end) &&
      f.start >= 0 &&
      f.start < f.end &&
      f.end <= length,
  );
  const kept: StoredFinding[] = [];
  for (const finding of fits.sort((a, b) => a.start - b.start)) {
    const previous = kept[kept.length - 1];
    if (!previous || finding.start >= previous.end) kept.push(finding);
  }
  return kept;
}
