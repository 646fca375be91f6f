import { MODERATION_STATUSES } from "@/lib/moderation/types";
import { users } from "./accounts";
import {
  bool,
  emptyJsonList,
  id,
  index,
  integer,
  json,
  mentions,
  moment,
  momentWritten,
  partOf,
  primaryKey,
  real,
  table,
  text,
  uniqueIndex,
  updatedAt,
} from "./kit";
import { responses, surveys } from "./surveys";

// ---- Results (issue: results, anonymization and publication) ----------------------------------

/**
 * The results cube: counts of completed responses per answer value and per respondent cell,
 * kept incrementally in the transaction that completes a response (lib/results/data/result-cells.ts),
 * so the results pages read a few thousand rows however many responses there are.
 *
 * One row per (question, item, value, cell):
 * - `item`: "" for the question itself, a Likert statement id, a ranking option value, or "#" for
 *   the question's status row, whose `value` is "answered", "skipped" (shown, not answered) or
 *   "not_shown" (hidden by its condition or its page's).
 * - `value`: the option value (`_weet_niet`, `_anders` included), the scale value, the number as
 *   text, or the rank position as text.
 * - the cell: channel, panel (0 = none), age group, sex, district ("" = unknown). These are what
 *   breakdowns, filters and weighting work on; never anything finer.
 * No response id: the cube cannot be joined back to a person.
 */
export const resultCells = table(
  "result_cells",
  {
    surveyId: partOf("survey_id", () => surveys.id),
    questionId: text("question_id").notNull(),
    item: text("item").notNull().default(""),
    value: text("value").notNull(),
    channel: text("channel").notNull(),
    panelId: integer("panel_id").notNull().default(0),
    ageGroup: text("age_group").notNull().default(""),
    sex: text("sex").notNull().default(""),
    district: text("district").notNull().default(""),
    count: integer("count").notNull().default(0),
  },
  (t) => {
    // One row per survey, question, item, value and cell: the primary key, and the covering index's lead.
    const key = [
      t.surveyId,
      t.questionId,
      t.item,
      t.value,
      t.channel,
      t.panelId,
      t.ageGroup,
      t.sex,
      t.district,
    ] as const;
    return [
      primaryKey({ columns: [...key] }),
      // The key plus the count: the results pages read the cube from this index alone, never
      // visiting the table rows (about three times faster at 100,000 responses).
      index("result_cells_covering_idx").on(...key, t.count),
    ];
  },
);

/**
 * How many completed responses the cube holds per survey (and per cell, in `result_cells` with
 * question "#respondents"): compared with the responses table to rebuild a cube that missed any.
 */
export const resultCubes = table("result_cubes", {
  surveyId: partOf("survey_id", () => surveys.id).primaryKey(),
  responseCount: integer("response_count").notNull().default(0),
  builtAt: momentWritten("built_at"),
});

/** Per-survey analysis settings staff choose: the disclosure threshold and weighting. */
export const resultSettings = table("result_settings", {
  surveyId: partOf("survey_id", () => surveys.id).primaryKey(),
  /** Disclosure threshold: every published cell and group counts at least k people (k ≥ 3). */
  minCellSize: integer("min_cell_size").notNull().default(5),
  /**
   * Means and medians are published only for groups of at least this many answers: a mean of a
   * few answers, rounded to one decimal, fixes their sum (5 answers, mean 7.0 → sum 35).
   */
  minMeanGroup: integer("min_mean_group").notNull().default(10),
  /** "none", or "raking": panel responses raked to the population figures (age group × sex, district). */
  weighting: text("weighting", { enum: ["none", "raking"] })
    .notNull()
    .default("raking"),
  /** Weights are trimmed to [trimLow, trimHigh] times the mean weight. */
  trimLow: real("trim_low").notNull().default(0.3),
  trimHigh: real("trim_high").notNull().default(3),
  /** Summary text for the public page, written by staff. */
  summary: text("summary").notNull().default(""),
  updatedBy: mentions("updated_by", () => users.id),
  updatedAt: updatedAt(),
});

/**
 * The moderation queue for open answers (short and long text, and "anders, namelijk" texts,
 * item = "_anders"). Nothing is published until staff approve a redacted text; staff pick quotes.
 * Kept apart from `answers` so the resident's words stay as given; what is published is
 * `redacted_text`.
 */
export const openAnswerReviews = table(
  "open_answer_reviews",
  {
    id: id(),
    surveyId: partOf("survey_id", () => surveys.id),
    responseId: partOf("response_id", () => responses.id),
    questionId: text("question_id").notNull(),
    /** "" for the answer itself, "_anders" for the text of "anders, namelijk". */
    item: text("item").notNull().default(""),
    status: text("status", { enum: MODERATION_STATUSES }).notNull().default("pending"),
    /** The engine's findings on the original text (lib/moderation/privacy), as JSON. */
    findings: json("findings").notNull().default(emptyJsonList),
    /** The text as it may be published: the engine's proposal, as staff accepted or edited it. */
    redactedText: text("redacted_text").notNull(),
    /** Picked by staff as a quote for the public page (only approved answers). */
    quote: bool("quote").notNull().default(false),
    moderatedBy: mentions("moderated_by", () => users.id),
    moderatedAt: moment("moderated_at"),
  },
  (t) => [
    index("open_answer_reviews_queue_idx").on(t.surveyId, t.questionId, t.status),
    uniqueIndex("open_answer_reviews_answer_idx").on(t.responseId, t.questionId, t.item),
  ],
);

/**
 * A survey's published results: a snapshot of the published tables with disclosure control
 * applied (lib/results/publication-types.ts), so the public page and its downloads show exactly
 * what was published. Unpublishing keeps the row with `withdrawnAt` set; publishing again replaces it.
 */
/**
 * The protected tables of a closed survey as they would be published now, kept while the figures
 * they were made from are unchanged (`fingerprint`: a hash of everything the publication is built
 * from). Protecting and auditing a survey of 30 questions takes several seconds; the publish
 * page shows the preview on every visit and publishing uses the same result, so it is made once.
 * In the database, like every cache, so every app instance shares it.
 */
export const publicationPreviews = table("publication_previews", {
  surveyId: partOf("survey_id", () => surveys.id).primaryKey(),
  fingerprint: text("fingerprint").notNull(),
  snapshot: json("snapshot").notNull(),
  builtAt: momentWritten("built_at"),
});

export const resultPublications = table("result_publications", {
  surveyId: partOf("survey_id", () => surveys.id).primaryKey(),
  snapshot: json("snapshot").notNull(),
  publishedBy: mentions("published_by", () => users.id),
  publishedAt: momentWritten("published_at"),
  withdrawnAt: moment("withdrawn_at"),
});
