import { VERDICTS } from "@/lib/review/types";
import { users } from "./accounts";
import {
  bool,
  createdAt,
  emptyJsonList,
  id,
  index,
  integer,
  json,
  mentions,
  moment,
  momentWritten,
  partOf,
  requires,
  table,
  text,
  uniqueIndex,
  updatedAt,
} from "./kit";
import { surveys, surveyVersions } from "./surveys";

// ---- Review by the Adviesraad (issue: authoring and review) ------------------------------------

/** A version shared with the Adviesraad for review, with the deadline for its advice. */
export const reviewRounds = table(
  "review_rounds",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    versionId: requires("version_id", () => surveyVersions.id),
    sharedBy: mentions("shared_by", () => users.id),
    sharedAt: momentWritten("shared_at"),
    adviceDeadline: moment("advice_deadline").notNull(),
    /** Set when staff take the survey back for revision or move on; comments then close. */
    closedAt: moment("closed_at"),
  },
  (t) => [index("review_rounds_survey_idx").on(t.surveyId)],
);

/**
 * Comments on a shared draft: on one question (by its stable id, so a thread stays with the
 * question across versions) or on the survey as a whole (questionId null). A reply names its
 * thread's first comment; only a thread's first comment is resolved.
 */
export const reviewComments = table(
  "review_comments",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    /** The version the comment was made on. */
    versionId: requires("version_id", () => surveyVersions.id),
    questionId: text("question_id"),
    threadId: integer("thread_id"),
    authorId: mentions("author_id", () => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
    resolvedAt: moment("resolved_at"),
    resolvedBy: mentions("resolved_by", () => users.id),
  },
  (t) => [index("review_comments_survey_idx").on(t.surveyId, t.questionId)],
);

/** The Adviesraad's formal advice on a review round: frozen once submitted. */
export const advice = table(
  "advice",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    reviewRoundId: requires("review_round_id", () => reviewRounds.id),
    introduction: text("introduction").notNull().default(""),
    status: text("status", { enum: ["draft", "submitted"] })
      .notNull()
      .default("draft"),
    createdBy: mentions("created_by", () => users.id),
    submittedBy: mentions("submitted_by", () => users.id),
    submittedAt: moment("submitted_at"),
    /** Submitted after the round's deadline: accepted, and shown as late. */
    late: bool("late").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("advice_round_idx").on(t.reviewRoundId)],
);

export const advicePoints = table(
  "advice_points",
  {
    id: id(),
    adviceId: partOf("advice_id", () => advice.id),
    number: integer("number").notNull(),
    body: text("body").notNull(),
    /** Question ids the point is about (JSON array); empty for the survey as a whole. */
    questionIds: json("question_ids").$type<string[]>().notNull().default(emptyJsonList),
  },
  (t) => [uniqueIndex("advice_points_number_idx").on(t.adviceId, t.number)],
);

/** The official response (ambtelijke reactie) to one advice; frozen once finalized. */
export const adviceResponses = table("advice_responses", {
  id: id(),
  adviceId: partOf("advice_id", () => advice.id).unique(),
  introduction: text("introduction").notNull().default(""),
  status: text("status", { enum: ["draft", "final"] })
    .notNull()
    .default("draft"),
  finalizedBy: mentions("finalized_by", () => users.id),
  finalizedAt: moment("finalized_at"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const adviceResponsePoints = table(
  "advice_response_points",
  {
    id: id(),
    responseId: partOf("response_id", () => adviceResponses.id),
    pointId: partOf("point_id", () => advicePoints.id),
    verdict: text("verdict", { enum: VERDICTS }).notNull(),
    /** Required for partly and not adopted (Awb 3:50: reasons where advice is not followed). */
    explanation: text("explanation").notNull().default(""),
    /** The version in which the point was handled, if any. */
    handledInVersionId: integer("handled_in_version_id").references(() => surveyVersions.id),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("advice_response_point_idx").on(t.responseId, t.pointId)],
);
