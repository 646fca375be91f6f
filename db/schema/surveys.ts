import { LOCALES } from "@/i18n/locales";
import { ANONYMITY, CHANNELS, SURVEY_STATUSES } from "@/lib/surveys/types";
import { users } from "./accounts";
import {
  bool,
  createdAt,
  id,
  index,
  integer,
  json,
  mentions,
  moment,
  partOf,
  primaryKey,
  requires,
  table,
  text,
  uniqueIndex,
  updatedAt,
} from "./kit";
import { panelMembers, panels } from "./panels";

export const surveys = table("surveys", {
  id: id(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  status: text("status", { enum: SURVEY_STATUSES }).notNull().default("concept"),
  anonymity: text("anonymity", { enum: ANONYMITY }).notNull().default("anonymous"),
  /** Anonymous panel responses carry coarse profile attributes (age group, sex, district) for breakdowns. */
  allowBreakdowns: bool("allow_breakdowns").notNull().default(true),
  /** The version residents answer; set when the survey opens, or the latest draft before that. */
  currentVersionId: integer("current_version_id"),
  /** Optimistic-concurrency counter: a save names the revision it started from. */
  revision: integer("revision").notNull().default(1),
  opensAt: moment("opens_at"),
  closesAt: moment("closes_at"),
  createdBy: mentions("created_by", () => users.id),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  // Last, where the migration that added it put it on both engines.
  /**
   * When staff expect to publish the results (a calendar day, YYYY-MM-DD): residents read it on
   * the thank-you page and in the copy of their answers. A promise, not a schedule: nothing waits for it.
   */
  resultsExpectedOn: text("results_expected_on"),
});

export const surveyVersions = table(
  "survey_versions",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    number: integer("number").notNull(),
    /** The survey definition document (lib/surveys/definition/schema.ts), as JSON. */
    definition: json("definition").notNull(),
    /** Set when the version is shared for review or opened: a frozen version never changes. */
    frozenAt: moment("frozen_at"),
    createdBy: mentions("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("survey_versions_number_idx").on(t.surveyId, t.number)],
);

/**
 * One respondent's answers to one survey. Privacy by design: no IP address, no user agent.
 * The resume token and code are stored only as SHA-256 hashes.
 */
export const responses = table(
  "responses",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    versionId: requires("version_id", () => surveyVersions.id),
    channel: text("channel", { enum: CHANNELS }).notNull().default("public"),
    /** The panel a panel response came through. */
    panelId: mentions("panel_id", () => panels.id),
    /** Pseudonymous surveys only: the member, told so before answering. Null for anonymous ones. */
    memberId: mentions("member_id", () => panelMembers.id),
    /** Coarse attributes copied at submit for breakdowns (never a birth year or a postcode). */
    ageGroup: text("age_group"),
    sex: text("sex"),
    district: text("district"),
    /**
     * The invitation token sealed with a key from the resume token (which is stored only as a
     * hash): the response can mark its invitation used at completion, yet no column joins them.
     */
    invitationSealed: text("invitation_sealed"),
    status: text("status", { enum: ["in_progress", "completed"] })
      .notNull()
      .default("in_progress"),
    /**
     * SHA-256 of the resume token. The token is drawn when the start page renders and posted with
     * the start form, so a repeated start (double click, retry) finds the same response.
     */
    resumeTokenHash: text("resume_token_hash").notNull().unique(),
    /** SHA-256 of the short resume code a respondent can write down (unique within the survey). */
    resumeCodeHash: text("resume_code_hash").notNull(),
    /**
     * The token sealed with a key from the code (and the server secret), and the code sealed with
     * a key from the token: whichever of the two a respondent brings back opens the other, so
     * resuming with the code does not break the link and vice versa. See lib/crypto/seal.ts.
     */
    resumeTokenSealed: text("resume_token_sealed").notNull(),
    resumeCodeSealed: text("resume_code_sealed").notNull(),
    /** Id of the page the respondent is on (or goes to next). */
    currentPageId: text("current_page_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: moment("completed_at"),
    // Last, where the migration that added it put it on both engines.
    /**
     * The language the survey was shown in when the response was completed (a coarse category,
     * like the channel; never kept with an invitation). Staff see completions per language while
     * the survey is in the field; published results never break down by it, since a small
     * language group could identify people. Null: before languages were recorded, or entered by staff.
     */
    language: text("language", { enum: LOCALES }),
  },
  (t) => [
    index("responses_survey_status_idx").on(t.surveyId, t.status),
    uniqueIndex("responses_resume_code_idx").on(t.surveyId, t.resumeCodeHash),
  ],
);

export const answers = table(
  "answers",
  {
    responseId: partOf("response_id", () => responses.id),
    questionId: text("question_id").notNull(),
    /** The answer value as JSON; its shape depends on the question type (lib/surveys/definition/answers.ts). */
    value: json("value").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.questionId] })],
);

/**
 * Completions per calendar day (Dutch time), channel and panel (0 = none) of the responses whose
 * own moments were erased when fieldwork closed (anonymous panel responses:
 * lib/responses/data/anonymous-response-trail.ts), so the monitoring page keeps its daily curve while no
 * response row carries its moment. Counts only: no response id.
 */
export const completionDayCounts = table(
  "completion_day_counts",
  {
    surveyId: partOf("survey_id", () => surveys.id),
    day: text("day").notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    panelId: integer("panel_id").notNull().default(0),
    completed: integer("completed").notNull(),
    /**
     * The one moment every counted response now carries instead of its own (the same on all of a
     * survey's rows): a response with another moment was completed after it and is not counted yet.
     */
    erasedAt: moment("erased_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.day, t.channel, t.panelId] })],
);
