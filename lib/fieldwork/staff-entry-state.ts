import type { AnswerError } from "@/lib/surveys/definition/answer-types";

/** Why an entry is refused as a whole; messages in messages/<locale>/entry.json (problems.*). */
export type EntryProblem =
  | "codeFormat"
  | "codeUnknown"
  | "codeEntered"
  | "notOpen"
  | "sameStaffTwice"
  | "awaitingDecision";

export type EntryOutcome = {
  kind: "counted" | "awaiting_second" | "differs";
  code: string;
  /** Numbers of questions typed in although their condition did not hold: not counted. */
  notApplicable: number[];
};

/**
 * What the entry screen shows after a post: the form again with what was typed and its problems,
 * or an empty form for the next paper with what became of the last one. `attempt` counts posts,
 * so the error summary takes focus on every failed one.
 */
export type EntryFormState = {
  attempt: number;
  errors: AnswerError[];
  problem?: EntryProblem;
  /** The caller may not enter responses (signed out, or no response:enter): the message to show. */
  refusal?: string;
  /** What was typed, to show again after a refusal. */
  typed?: { code: string; doubleEntry: boolean; fields: Record<string, string> };
  saved?: EntryOutcome;
};
