import type { Verdict } from "@/lib/review/types";
import type { Channel } from "@/lib/surveys/types";
import type { PublishedWeighting } from "./publication-weighting";
import type { Dimension } from "./types";

/*
 * The snapshot of a survey's published results (stored as JSON in result_publications.snapshot):
 * only what is public, with disclosure control already applied, so the public page and its
 * downloads show exactly what was published and never need the results cube again.
 *
 * A hidden figure is stored as null, marked `suppressed: "hidden"` — never the hidden number, so
 * nothing that reads the snapshot (a page, a download, a copy of the database) can reveal it. Every
 * hidden figure carries the same mark, whether it is small (zeros included) or hidden to protect
 * another: the mark itself tells a reader nothing (lib/results/publication-system.ts).
 * Dates are ISO 8601 strings. `format` changes when the shape changes incompatibly.
 */

export const PUBLICATION_FORMAT = 2;

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

/** `hidden`: not shown (fewer than k people, or needed to protect a figure that is); `false`: shown. */
export type Suppression = false | "hidden";

/** A published count with its percentage; both null when suppressed. */
export type PublishedCell = {
  count: number | null;
  /** 0–100, one decimal; null when suppressed, when its base is hidden, or when the base is 0. */
  percent: number | null;
  /** Weighted percentage (0–100, one decimal), when the results are weighted; null when suppressed. */
  weightedPercent?: number | null;
  suppressed: Suppression;
};

/**
 * What a percentage is a share of, the same for a question in every table: `valid` — answers
 * without "weet niet" (single choice, dropdown, a statement); `answered` — everyone who answered
 * (multiple choice, a number's bands, who ranked an option first; "weet niet" itself).
 */
export type PercentBase = "valid" | "answered";

export type PublishedRow = { value: string; label: string; cell: PublishedCell };

export type PublishedChoiceTable = {
  kind: "choice";
  multiple: boolean;
  /** Options in definition order ("_anders" last when offered). */
  rows: PublishedRow[];
  /** "Weet niet / geen mening", apart from the options; null when the question does not offer it. */
  dontKnow: PublishedRow | null;
  /** Single choice: `valid`; multiple choice: `answered` (the share of respondents who chose the option). */
  percentBase: PercentBase;
  /** The number the percentages are a share of; null when it is hidden (then no percentages). */
  base: number | null;
};

export type PublishedStatement = {
  id: string;
  text: string;
  /** One per scale point, in scale order. */
  cells: PublishedCell[];
  dontKnow: PublishedCell | null;
  /** Answered this statement with a scale value (the base of the percentages). */
  valid: PublishedCell;
  percentBase: "valid";
};

export type PublishedLikertTable = {
  kind: "likert";
  scale: { value: string; label: string }[];
  statements: PublishedStatement[];
};

/**
 * A 0–10 rating or a number. Values given by fewer than k people are merged with their
 * neighbours into bands (global recoding) rather than suppressed, so the mean can be published
 * beside the distribution without the two together revealing a small count. Means and medians
 * only for at least `minMeanGroup` answers (and never beside a hidden band).
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

export type PublishedTable =
  | PublishedChoiceTable
  | PublishedLikertTable
  | PublishedNumericTable
  | PublishedRankingTable;

export type PublishedQuestion = {
  questionId: string;
  number: number;
  text: string;
  questionType: string;
  page: { title: string; block?: "positive_health" };
  /** How many answered the question; null when hidden (and for a Likert grid: see its statements). */
  answered: number | null;
  table: PublishedTable;
};

/**
 * One group of a breakdown. A withheld group (fewer than k, or one that would leave fewer than k
 * panel members outside the shown groups) has no figures at all: its people count only overall.
 */
export type PublishedGroup = {
  value: string;
  label: string;
  respondents: number | null;
  withheld: boolean;
  questions: PublishedQuestion[];
};

export type PublishedBreakdown = {
  dimension: PublicDimension;
  label: string;
  /** District, age group and sex are known for panel members only: those breakdowns cover them alone. */
  panelOnly: boolean;
  groups: PublishedGroup[];
};

export type PublishedChannel = {
  channel: Channel;
  /**
   * Panel invitations sent; null for the open link and for staff-entered responses, and for the
   * panel when 1 to k − 1 invited members did not answer (that difference would be a small count).
   */
  invited: number | null;
  /** Completed responses (a survey with a channel under k cannot be published). */
  responses: number;
  /** responses / invited, 0–100 with one decimal; null without invitations. */
  responseRate: number | null;
};

/** The audit's verdict at publication (lib/results/protection-audit.ts). */
export type PublishedAudit = {
  /** Figures printed or derivable that the audit checked. */
  checked: number;
  /** Printed figures hidden (below k, and to protect those). */
  hidden: number;
  /** Of those, hidden to protect another figure. */
  secondary: number;
  /** Every hidden figure keeps at least k possible values for a reader with every published figure. */
  passed: true;
};

export type PublishedMethod = {
  respondents: number;
  channels: PublishedChannel[];
  fieldwork: { from: string | null; to: string | null };
  weighting: PublishedWeighting | null;
  /** Typical 95% margin of error of a percentage of all respondents, in percentage points (at 50%). */
  marginOfError: number | null;
  /**
   * The disclosure rule: no published figure counts fewer than k people; hidden figures keep at
   * least k possible values; means only for at least `minMeanGroup` answers.
   */
  suppression: { ruleKey: "minCellSize"; k: number; minMeanGroup: number; audit: PublishedAudit };
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
