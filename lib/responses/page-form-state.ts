import type { AnswerError, PageFormValues } from "@/lib/surveys/definition/answer-types";

/** Problems with the whole submission rather than one field; messages in messages/<locale>/survey.json. */
export type PageFormProblem =
  | "unknown_fields"
  | "survey_closed"
  | "no_response"
  | "wrong_page"
  | "invalid_request";

/** What a page submission returns when it does not move on to another page. */
export type PageFormState = {
  /** Increments on each returned state, so the browser moves focus again on a repeated failure. */
  attempt: number;
  values?: PageFormValues;
  errors: AnswerError[];
  problem?: PageFormProblem;
  /** Follow-up questions appeared (without JavaScript they show only after a submit). */
  revealed?: boolean;
};

export const INITIAL_PAGE_FORM_STATE: PageFormState = { attempt: 0, errors: [] };

/** Hidden form fields start with "_" so the answer parser skips them. */
export const PAGE_FORM_FIELDS = {
  slug: "_slug",
  page: "_page",
  shown: "_shown",
  intent: "_intent",
  /** Set when the page was opened from the review page to change it: saving goes back there. */
  returnTo: "_terug",
} as const;

/** Where a page opened with `?terug=…` returns to after saving: the review page before sending. */
export const RETURN_TO_REVIEW = "controleren";

export type PageIntent = "next" | "back" | "save";
