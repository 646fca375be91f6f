/** A survey's lifecycle (lib/surveys/definition/lifecycle.ts says which step may follow which). */
export const SURVEY_STATUSES = ["concept", "in_review", "ready", "open", "closed", "published"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Whether panel responses are anonymous or linked to the member (pseudonymous). */
export const ANONYMITY = ["anonymous", "pseudonymous"] as const;
export type Anonymity = (typeof ANONYMITY)[number];

/**
 * The channels a survey is fielded through and a response came in by: the open link, a panel
 * invitation, or entered by staff from paper or phone.
 */
export const CHANNELS = ["public", "panel", "staff"] as const;
export type Channel = (typeof CHANNELS)[number];

export type SaveDraftResult = {
  changed: boolean;
  revision: number;
  versionNumber: number;
  newVersion: boolean;
};
