import type { Channel } from "@/db/schema/surveys";
import type { Verdict } from "@/lib/review/verdicts";
import type { Dimension } from "./types";

/*
 * The snapshot of a survey's published results (stored as JSON in result_publications.snapshot):
 * only what is public, with disclosure control already applied, so the public page and its
 * downloads show exactly what was published and never need the results cube again.
 *
 * A suppressed figure is stored as null with its `suppressed` reason — never the hidden number, so
 * nothing that reads the snapshot (a page, a download, a copy of the database) can reveal it.
 * Dates are ISO 8601 strings. `format` changes when the shape changes incompatibly.
 */

export const PUBLICATION_FORMAT = 1;

/** The breakdowns the public page offers, one at a time (never combined, never by panel). */
export const PUBLIC_DIMENSIONS = [
  "channel",
  "district",
  "age_group",
  "sex",
] as const satisfies readonly Dimension[];
export type PublicDimension = (typeof PUBLIC_DIMENSIONS)[number];

export function isPublicDimension(value: unknown): value is PublicDimension {
  return typeof value === "string" && (PUBLIC_DIMENSIONS as readonly string[]).includes(value);
}

/**
 * Why a figure is not shown: `small` — it counts fewer than k people (shown as "< k");
 * `complement` — it is hidden so that a small one cannot be worked out from totals or other
 * figures (shown as "x"). `false`: shown.
 */
export type Suppression = false | "small" | "complement";

/** A published count with its percentage; both null when suppressed. */
export type PublishedCell = {
  count: number | null;
  /** 0–100, one decimal; null when suppressed or the base is 0. */
  percent: number | null;
  /** Weighted percentage (0–100, one decimal), when the results are weighted; null when suppressed. */
  weightedPercent?: number | null;
  suppressed: Suppression;
};

/** What a percentage is a share of. `valid`: answers without "weet niet"; `answered`: every answer. */
export type PercentBase = "valid" | "answered";

export type PublishedRow = { value: string; label: string; cell: PublishedCell };

export type PublishedChoiceTable = {
  kind: "choice";
  multiple: boolean;
  /** Options in definition order ("_anders" last when offered). */
  rows: PublishedRow[];
  /** "Weet niet / geen mening", apart from the options; null when the question does not offer it. */
  dontKnow: PublishedRow | null;
  /**
   * Single choice: `valid` when the number of valid answers can already be worked out from what is
   * shown; otherwise (a share of it would reveal a hidden count) every share is of all answers.
   * Multiple choice: `answered` (the share of respondents who chose the option).
   */
  percentBase: PercentBase;
};

export type PublishedStatement = {
  id: string;
  text: string;
  /** One per scale point, in scale order. */
  cells: PublishedCell[];
  dontKnow: PublishedCell | null;
  /** Answered this statement with a scale value (the base of `valid` percentages). */
  valid: PublishedCell;
  /** `answered`: shares of everyone who answered this statement, "weet niet" included. */
  percentBase: PercentBase;
};

export type PublishedLikertTable = {
  kind: "likert";
  scale: { value: string; label: string }[];
  statements: PublishedStatement[];
};

/**
 * A 0–10 rating or a number. Values given by fewer than k people are merged with their
 * neighbours into bands (global recoding) rather than suppressed, so the mean can be published
 * beside the distribution without the two together revealing a small count.
 */
export type PublishedNumericTable = {
  kind: "numeric";
  questionType: "rating" | "number";
  unit?: string;
  mean: number | null;
  median: number | null;
  weightedMean?: number | null;
  /** Ascending; `from` = `to` for a single value. Empty in a breakdown group (means only). */
  bands: { from: number; to: number; cell: PublishedCell }[];
};

/** Mean positions; how often each option was ranked first only in the overall results. */
export type PublishedRankingTable = {
  kind: "ranking";
  options: { value: string; label: string; meanPosition: number | null; first: PublishedCell | null }[];
};

/**
 * Nothing is published for the question in this group: how many answered it would reveal how
 * many fewer than k did not see it (a conditional question), or it protects a group that would.
 */
export type WithheldTable = { kind: "withheld" };

export type PublishedTable =
  | PublishedChoiceTable
  | PublishedLikertTable
  | PublishedNumericTable
  | PublishedRankingTable
  | WithheldTable;

export type PublishedQuestion = {
  questionId: string;
  number: number;
  text: string;
  questionType: string;
  page: { title: string; block?: "positive_health" };
  /** How many answered the question; null when the question is withheld in this group. */
  answered: number | null;
  table: PublishedTable;
};

/** One group of a breakdown. A withheld group (fewer than k, or protecting one that is) has no figures at all. */
export type PublishedGroup = {
  value: string;
  label: string;
  respondents: number | null;
  withheld: boolean;
  questions: PublishedQuestion[];
};

export type PublishedBreakdown = { dimension: PublicDimension; label: string; groups: PublishedGroup[] };

export type PublishedChannel = {
  channel: Channel;
  /** Panel invitations sent; null for the open link and for staff-entered responses. */
  invited: number | null;
  /** Completed responses; null when suppressed (the channel has fewer than k, or protects one that has). */
  responses: number | null;
  /** responses / invited, 0–100 with one decimal; null without invitations or when suppressed. */
  responseRate: number | null;
  suppressed: Suppression;
};

export type PublishedMethod = {
  respondents: number;
  channels: PublishedChannel[];
  fieldwork: { from: string | null; to: string | null };
  weighting: {
    method: "raking";
    weightedRespondents: number;
    effectiveN: number;
    source: string;
    /** Typical 95% margin of a weighted percentage (at 50%), from the Kish effective n. */
    marginOfError: number | null;
  } | null;
  /** Typical 95% margin of error of a percentage of all respondents, in percentage points (at 50%). */
  marginOfError: number | null;
  /** The disclosure rule: no published cell or group counts fewer than k people (shown as "< k"). */
  suppression: { ruleKey: "minCellSize"; k: number };
  /** Breakdowns are offered one dimension at a time, precomputed, so filters cannot be combined. */
  breakdownsOneAtATime: true;
};

export type PublishedQuote = {
  questionId: string;
  questionNumber: number | null;
  questionText: string;
  text: string;
};

export type PublishedAdvicePointSnapshot = {
  number: number;
  body: string;
  questions: { id: string; number: number | null; text: string | null }[];
  response: { verdict: Verdict; explanation: string; handledInVersionNumber: number | null } | null;
};

export type PublishedAdviceSnapshot = {
  roundNumber: number;
  versionNumber: number;
  advice: { introduction: string; submittedAt: string; late: boolean };
  points: PublishedAdvicePointSnapshot[];
  response: { introduction: string; finalizedAt: string } | null;
};

export type PublishedResults = {
  format: typeof PUBLICATION_FORMAT;
  survey: { slug: string; title: string };
  publishedAt: string;
  k: number;
  summary: string;
  method: PublishedMethod;
  questions: PublishedQuestion[];
  breakdowns: PublishedBreakdown[];
  quotes: PublishedQuote[];
  advice: PublishedAdviceSnapshot[];
};
