/*
 * Fieldwork: sampling panel members, invitations, reminders, response monitoring, opening and closing.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
 */
import "server-only";
import { publicOnPurpose } from "@/lib/accounts/public-on-purpose";
import { markInvitationStarted as markInvitationStartedUnchecked } from "./data/invitation-access";
import { newSeed as newSeedUnchecked } from "./data/sampling-frame";

export * from "./client";

// Pure logic the server side uses (no database).
export type { CompositionTable } from "./composition";
export type { EntrySurvey } from "./data/entry-survey";
export type { FieldworkSurvey, RoundRow, SamplePreview } from "./data/fieldwork";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export { getInvitePage, previewInvitations, sendInvitations } from "./data/fieldwork";
export { checkInvitation } from "./data/invitation-guard";
export { getPopulationFigures, savePopulationFigures } from "./data/population-figures";
export type { PrintRun } from "./data/response-codes";
export { drawPhoneCode, getEntrySurvey, getPrintRun, issuePaperCodes } from "./data/response-codes";
export type { DayCount, ResponseMonitoring } from "./data/response-monitoring";
export { getResponseMonitoring } from "./data/response-monitoring";
export type { EntryDecision, PendingDecision, StaffEntryResult } from "./data/staff-entry";
export {
  decideStaffEntry,
  enterStaffResponse,
  getEntryDecision,
  listEntryDecisions,
} from "./data/staff-entry";
export { setSurveyAnonymity } from "./data/survey-anonymity";
export { transitionSurvey } from "./data/survey-transition";
export { anonymitySchema, fieldworkChoice, isSeed, sendInvitationsSchema } from "./fieldwork-schema";
export { EXCLUSION_REASONS } from "./sampling";

// Public on purpose: no check of who asks, for the reason given.
export const newSeed = publicOnPurpose(
  "a fresh random seed for a sampling preview; reads nothing",
  newSeedUnchecked,
);
export const markInvitationStarted = publicOnPurpose(
  "records that an invitation was opened; the resident's action passes the invitation checkInvitation has just let through",
  markInvitationStartedUnchecked,
);
