/*
 * Moderation: open answers checked for personal data before they are published, and quotes.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
 */
import "server-only";

export * from "./client";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export { PersonalDataRemainsError } from "./data/open-answer-moderation";
export type { ModerationOverview, OpenAnswer, OpenAnswerPage, StatusCounts } from "./data/open-answers";
export {
  getModerationOverview,
  listOpenAnswers,
  moderateOpenAnswer,
  setQuote,
  syncOpenAnswerQueue,
} from "./data/open-answers";
// Pure logic the server side uses (no database).
export { highlightSegments } from "./highlight";
export type { PiiKind } from "./privacy/types";
export type { DoneKind } from "./queue-href";
export { DONE_ANCHOR, doneFrom, queueHref } from "./queue-href";
export {
  MODERATION_STATUSES,
  moderateAnswerFormSchema,
  queuePageFrom,
  queueStatusFrom,
  quoteFormSchema,
} from "./schema";
