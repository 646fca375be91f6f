/*
 * Review: the Adviesraad's comments on a draft, its formal advice and the official response.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
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
