/*
 * Panels: the Digipanel and the klankbordgroep, their members, sign-up, letter codes and self-service.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
 */
import "server-only";
import { publicOnPurpose } from "@/lib/accounts/public-on-purpose";
import {
  endMemberSession as endMemberSessionUnchecked,
  startMemberSession as startMemberSessionUnchecked,
} from "./data/member-session";
import {
  findUnsubscribeTarget as findUnsubscribeTargetUnchecked,
  unsubscribeByToken as unsubscribeByTokenUnchecked,
} from "./data/member-unsubscribe";
import {
  findPublicPanel as findPublicPanelUnchecked,
  listPublicPanels as listPublicPanelsUnchecked,
} from "./data/public-panels";

export * from "./client";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export {
  createLetterCodeBatch,
  getLetterCodePanel,
  letterCodeBatchCsv,
  listLetterCodeBatches,
} from "./data/letter-codes";
export {
  confirmEmailChangeByLink,
  confirmSignupByLink,
  openMemberLink,
  signInByLink,
} from "./data/mailed-links";
export { exportMyData } from "./data/member-data-export";
export { requestLoginLink } from "./data/member-links";
export {
  getMyMembership,
  leaveMyPanel,
  listMyInvitations,
  pauseMyMembership,
  resumeMyMembership,
  updateMyProfile,
} from "./data/member-self-service";
export { getMemberSession, MemberSessionError, panelMember } from "./data/member-session";
export { importMembers } from "./data/panel-member-import";
export type { MemberListItem } from "./data/panel-member-list";
export { getMember, listMembers, memberDistricts } from "./data/panel-member-list";
export { changeMemberStatus } from "./data/panel-members";
export { signUp } from "./data/panel-signup";
export type { PanelListItem } from "./data/panels";
export { getPanel, listPanels, updatePanelSettings } from "./data/panels";
export {
  addDistrict,
  countStaleDistricts,
  deleteDistrict,
  listDistrictNames,
  listDistrictRows,
  rederiveDistricts,
  updateDistrict,
} from "./data/postcode-districts";
export type { MemberFilter } from "./schema";
// Pure logic the server side uses (no database).
export {
  districtDeleteSchema,
  MEMBER_STATUS_OPTIONS,
  memberFilterSchema,
  memberStatusChangeSchema,
} from "./schema";
export { emptySchema, mailedTokenSchema } from "./signup-schema";
export { SEXES } from "./types";

// Public on purpose: no check of who asks, for the reason given.
export const findPublicPanel = publicOnPurpose(
  "a panel open to sign-up is shown to every resident",
  findPublicPanelUnchecked,
);
export const listPublicPanels = publicOnPurpose(
  "the panels open to sign-up are shown to every resident",
  listPublicPanelsUnchecked,
);
export const findUnsubscribeTarget = publicOnPurpose(
  "the unsubscribe link in every mail must work without signing in; its token is the credential and every state gets the same answer",
  findUnsubscribeTargetUnchecked,
);
export const unsubscribeByToken = publicOnPurpose(
  "the unsubscribe link in every mail (and a mail program's one-click unsubscribe) must work without signing in; its token is the credential",
  unsubscribeByTokenUnchecked,
);
export const startMemberSession = publicOnPurpose(
  "starts the session of the member that a redeemed link or a confirmed sign-up has just identified",
  startMemberSessionUnchecked,
);
export const endMemberSession = publicOnPurpose(
  "signing out ends the caller's own member session",
  endMemberSessionUnchecked,
);
