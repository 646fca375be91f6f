import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { VERDICTS } from "@/lib/review/types";
import { users } from "./accounts";
import { createdAt, now } from "./columns";
import { surveys, surveyVersions } from "./surveys";

// ---- Review by the Adviesraad (issue: authoring and review) ------------------------------------

/** A version shared with the Adviesraad for review, with the deadline for its advice. */
export const reviewRounds = sqliteTable(
  "review_rounds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    versionId: integer("version_id")
      .notNull()
      .references(() => surveyVersions.id),
    sharedBy: integer("shared_by").references(() => users.id, { onDelete: "set null" }),
    sharedAt: integer("shared_at", { mode: "timestamp_ms" }).notNull().default(now),
    adviceDeadline: integer("advice_deadline", { mode: "timestamp_ms" }).notNull(),
    /** Set when staff take the survey back for revision or move on; comments then close. */
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("review_rounds_survey_idx").on(t.surveyId)],
);

/**
 * Comments on a shared draft: on one question (by its stable id, so a thread stays with the
 * question across versions) or on the survey as a whole (questionId null). A reply names its
 * thread's first comment; only a thread's first comment is resolved.
 */
export const reviewComments = sqliteTable(
  "review_comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    /** The version the comment was made on. */
    versionId: integer("version_id")
      .notNull()
      .references(() => surveyVersions.id),
    questionId: text("question_id"),
    threadId: integer("thread_id"),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
    resolvedAt: integer("resolved_at", { mode: "timestamp_ms" }),
    resolvedBy: integer("resolved_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("review_comments_survey_idx").on(t.surveyId, t.questionId)],
);

/** The Adviesraad's formal advice on a review round: frozen once submitted. */
export const advice = sqliteTable(
  "advice",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id, { onDelete: "cascade" }),
    reviewRoundId: integer("review_round_id")
      .notNull()
      .references(() => reviewRounds.id),
    introduction: text("introduction").notNull().default(""),
    status: text("status", { enum: ["draft", "submitted"] })
      .notNull()
      .default("draft"),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    submittedBy: integer("submitted_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    /** Submitted after the round's deadline: accepted, and shown as late. */
    late: integer("late", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [uniqueIndex("advice_round_idx").on(t.reviewRoundId)],
);

export const advicePoints = sqliteTable(
  "advice_points",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    adviceId: integer("advice_id")
      .notNull()
      .references(() => advice.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    body: text("body").notNull(),
    /** Question ids the point is about (JSON array); empty for the survey as a whole. */
    questionIds: text("question_ids", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  },
  (t) => [uniqueIndex("advice_points_number_idx").on(t.adviceId, t.number)],
);

/** The official response (ambtelijke reactie) to one advice; frozen once finalized. */
export const adviceResponses = sqliteTable("advice_responses", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  adviceId: integer("advice_id")
    .notNull()
    .unique()
    .references(() => advice.id, { onDelete: "cascade" }),
  introduction: text("introduction").notNull().default(""),
  status: text("status", { enum: ["draft", "final"] })
    .notNull()
    .default("draft"),
  finalizedBy: integer("finalized_by").references(() => users.id, { onDelete: "set null" }),
  finalizedAt: integer("finalized_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
});

export const adviceResponsePoints = sqliteTable(
  "advice_response_points",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    responseId: integer("response_id")
      .notNull()
      .references(() => adviceResponses.id, { onDelete: "cascade" }),
    pointId: integer("point_id")
      .notNull()
      .references(() => advicePoints.id, { onDelete: "cascade" }),
    verdict: text("verdict", { enum: VERDICTS }).notNull(),
    /** Required for partly and not adopted (Awb 3:50: reasons where advice is not followed). */
    explanation: text("explanation").notNull().default(""),
    /** The version in which the point was handled, if any. */
    handledInVersionId: integer("handled_in_version_id").references(() => surveyVersions.id),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [uniqueIndex("advice_response_point_idx").on(t.responseId, t.pointId)],
);
