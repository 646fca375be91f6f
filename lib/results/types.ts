/*
 * The shape of a survey's results, as the data layer (lib/results/data/survey-results.ts) computes them
 * from the results cube (db/schema/results.ts) and as the staff pages, the public page and the
 * publication snapshot show them. Pure types: no database, no React.
 *
 * Percentages are 0–100 numbers (not rounded; the view rounds). `null` means "not computable"
 * (a base of 0) — never "suppressed": suppression is a separate layer (lib/results/disclosure.ts)
 * applied when results are published or exported for publication.
 */

/** The respondent attributes results can be broken down by and filtered on. */
export const DIMENSIONS = ["channel", "panel", "district", "age_group", "sex"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Filters combine with AND. `panel` holds a panel id as text; the others the stored value. */
export type ResultFilters = Partial<Record<Dimension, string>>;

/** A breakdown: by a respondent attribute, or by the answer to a closed question (cross-tab). */
export type BreakdownSpec =
  | { kind: "dimension"; dimension: Dimension }
  | { kind: "question"; questionId: string };

/** How many respondents a question concerns. */
export type QuestionBase = {
  /** Completed responses in the view (after filters). */
  respondents: number;
  /** Respondents who were shown the question (respondents − notShown). */
  shown: number;
  /** Shown and answered (for Likert: answered at least one statement). */
  answered: number;
  /** Shown but left unanswered. */
  skipped: number;
  /** Not shown, because of the question's or its page's condition. */
  notShown: number;
};

/**
 * Weighted figures beside the unweighted ones; present only when the view is weighted. They
 * describe only the respondents who carry a weight (panel respondents with a known age group, sex
 * and district), so `unweighted` gives the same figure over those same respondents: the fair
 * comparison that shows what the weighting did. (The figure's own `percent`/`mean` is over every
 * respondent in the view, most of them perhaps self-selected.)
 */
export type Weighted = {
  /** Weighted percentage (0–100) or mean. */
  value: number | null;
  /**
   * Half-width of the 95% confidence interval, in the same unit as `value`; null below an effective
   * sample of 30 (lib/results/margin-of-error.ts MIN_EFFECTIVE_SAMPLE). For a percentage it is half
   * of the Wilson interval, which need not be centred on the value: show `interval` where it matters.
   */
  marginOfError: number | null;
  /** The 95% confidence interval (Wilson's for a percentage); null when `marginOfError` is null. */
  interval?: { low: number; high: number } | null;
  /** The same percentage or mean without weights, over the same (weighted) respondents. */
  unweighted?: number | null;
  /** Kish effective sample size of the figure's base: below 30 no margin, and staff see a warning. */
  effectiveN?: number;
};

export type OptionFigure = {
  value: string;
  label: string;
  count: number;
  /** Single choice/dropdown: % of valid answers ("weet niet" excluded); multiple choice: % of respondents who answered. */
  percent: number | null;
  weighted?: Weighted;
};

export type ChoiceResult = {
  kind: "choice";
  questionType: "single_choice" | "dropdown" | "multiple_choice";
  /** Options in definition order, then "_anders" when the question offers it. */
  options: OptionFigure[];
  /** Answered minus "weet niet": the base of `percent` for single choice and dropdown. */
  valid: number;
  /** "Weet niet / geen mening", reported apart: count and % of all who answered. Null when not offered. */
  dontKnow: { count: number; percent: number | null } | null;
};

export type LikertStatementResult = {
  id: string;
  text: string;
  /** Answered the statement with a scale value. */
  valid: number;
  dontKnow: number | null;
  /** One per scale point, in scale order; percent of `valid`. */
  scale: OptionFigure[];
};

export type LikertResult = {
  kind: "likert";
  scale: { value: string; label: string }[];
  statements: LikertStatementResult[];
};

export type NumericResult = {
  kind: "numeric";
  questionType: "rating" | "number";
  unit?: string;
  mean: number | null;
  median: number | null;
  /** Every value given, ascending (0–10 for ratings, also the values nobody gave). */
  distribution: { value: number; count: number; percent: number | null }[];
  weighted?: Weighted;
};

export type RankingResult = {
  kind: "ranking";
  /** In definition order; mean position 1 = ranked first. */
  options: {
    value: string;
    label: string;
    meanPosition: number | null;
    firstCount: number;
    weighted?: Weighted;
  }[];
};

export type TextResult = {
  kind: "text";
  /** Approved (moderated) answers; the texts themselves come from the moderation queue. */
  approved: number;
};

export type QuestionFigures = ChoiceResult | LikertResult | NumericResult | RankingResult | TextResult;

export type QuestionResult = {
  questionId: string;
  /** 1-based number in the survey, as residents saw it. */
  number: number;
  text: string;
  questionType: string;
  page: { id: string; title: string; block?: "positive_health" };
  base: QuestionBase;
  /** Kish effective sample size of the answered base, when weighted. */
  effectiveN?: number | null;
  figures: QuestionFigures;
};

/** One group of a breakdown, with every question's results within that group. */
export type BreakdownGroup = {
  value: string;
  label: string;
  respondents: number;
  questions: QuestionResult[];
};

/**
 * A category of a raking margin as the weights were made: one age group × sex or one district, or
 * several merged because they had too few respondents (lib/results/weighting-classes.ts). Age
 * groups and sexes are stored codes ("35-49", "vrouw"); ages in their order, adjacent when merged.
 */
export type WeightingClass =
  | { margin: "age_sex"; ageGroups: string[]; sexes: string[] }
  | { margin: "district"; districts: string[] };

/** Categories merged into one before raking, with the panel respondents they hold together. */
export type WeightingMerge = WeightingClass & { respondents: number };

export type Weighting = {
  method: "raking";
  /** Respondents the weights apply to (panel responses with a known age group, sex and district). */
  weightedRespondents: number;
  effectiveN: number;
  iterations: number;
  converged: boolean;
  /** Weights after trimming, relative to the mean weight 1. */
  minWeight: number;
  maxWeight: number;
  trimmed: number;
  /** The trim bounds the weights were kept within, relative to the mean weight 1. */
  trim: { low: number; high: number };
  /** Where the population margins come from ("demo-cijfers" in the demo). */
  source: string;
  /** Margin categories with fewer panel respondents than this were merged before raking. */
  minimumCategorySize: number;
  /** The merged categories (none when every category had enough respondents). */
  merged: WeightingMerge[];
  /**
   * Whether the weighted sample matches the population in every margin category to within
   * `marginTolerance` percentage points. False when the trim bounds keep a margin out of reach:
   * the weighted figures then still lean towards the groups that took part more often.
   */
  marginsMet: boolean;
  /** Percentage points. */
  marginTolerance: number;
  /** The margin category furthest from its population share after weighting (percentages 0–100). */
  largestDifference: { category: WeightingClass; weightedPercent: number; populationPercent: number } | null;
};

export type SurveyResults = {
  surveyId: number;
  filters: ResultFilters;
  respondents: number;
  /** Present when weighting is on and could be computed for this view. */
  weighting: Weighting | null;
  questions: QuestionResult[];
  breakdown: { spec: BreakdownSpec; label: string; groups: BreakdownGroup[] } | null;
};

/** A category of a cross-tab's row or column question. */
export type CrossTabCategory = { value: string; label: string };

/**
 * Respondents by their answers to two closed questions (lib/results/data/cross-tab.ts). A multiple-choice
 * respondent counts in every category they chose, so totals are distinct respondents, not sums.
 */
export type CrossTab = {
  rowQuestionId: string;
  columnQuestionId: string;
  rows: CrossTabCategory[];
  columns: CrossTabCategory[];
  /** counts[row][column]: respondents with that row answer and that column answer. */
  counts: number[][];
  /** Respondents with that row answer who answered the column question. */
  rowTotals: number[];
  /** Respondents with that column answer who answered the row question. */
  columnTotals: number[];
  /** Respondents who answered both. */
  total: number;
};
