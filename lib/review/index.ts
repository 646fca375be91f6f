/*
 * Review: the Adviesraad's comments on a draft, its formal advice and the official response.
 *
 * This feature's face: what pages, route handlers, server actions and server components may import
 * (ARCHITECTURE.md). Every entry point into the database checks who asks, or is wrapped in
 * publicOnPurpose with its reason; lib/testing/face-guards.test.ts proves it.
 */
import "server-only";

export * from "./client";
export type { AdviceView } from "./data/advice";
export { saveAdvice } from "./data/advice";
export type { AdviceOnRound } from "./data/advice-page";
export { getAdviceOnRound } from "./data/advice-page";
export type { ResponseView } from "./data/advice-responses";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export { listVersionNumbers, saveResponse } from "./data/advice-responses";
export type { CommentView, ThreadView } from "./data/review-comments";
export { addComment, addReply, listThreads, setThreadResolved } from "./data/review-comments";
export type { RoundStatus, SharedReview, StaffReviewOverview } from "./data/review-rounds";
export {
  getSharedReview,
  getStaffReviewOverview,
  listSharedSurveys,
  shareForReview,
} from "./data/review-rounds";
// Pure logic the server side uses (no database).
export { dutchDate } from "./deadline";
export type { QuestionRef } from "./questions";
export { questionIdSet, questionRefs } from "./questions";
export { resolveThreadSchema } from "./schema";
export { threadsByQuestion, threadsOnMissingQuestions } from "./threads";
