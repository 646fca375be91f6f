/*
 * Moderation: open answers checked for personal data before they are published, and quotes.
 *
 * This feature's face: what pages, route handlers, server actions and server components may import
 * (ARCHITECTURE.md). Every entry point into the database checks who asks, or is wrapped in
 * publicOnPurpose with its reason; lib/testing/face-guards.test.ts proves it.
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
