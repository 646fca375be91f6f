/*
 * Responses: the resident's journey through a survey, resuming it, and completing it.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
 */
import "server-only";
import { publicOnPurpose } from "@/lib/accounts/public-on-purpose";
import { findResumableByToken as findResumableByTokenUnchecked } from "./data/responses";

// Pure logic the server side uses (no database).
export type { SummaryPage, SummaryQuestion } from "./answer-summary";
export * from "./client";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export { loadRespondentSession } from "./data/respondent-session";
export { resumeWithCode } from "./data/resume-with-code";
export { reviewableSession, sendResponse, VIA_PANEL } from "./data/send-response";
export { sendResumeLink } from "./data/send-resume-link";
export { startGuardedResponse } from "./data/start-response";
export { submitPage } from "./data/submit-page";
export { writeRespondentKeys } from "./respondent-cookie";
export { generateResumeToken, isResumeToken } from "./resume-tokens";
export { pageEnvelopeSchema, resumeCodeSchema } from "./schema";

// Public on purpose: no check of who asks, for the reason given.
export const findResumableByToken = publicOnPurpose(
  "a resume link's token is the credential; the route checks its form before looking it up",
  findResumableByTokenUnchecked,
);
