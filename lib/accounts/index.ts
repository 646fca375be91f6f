/*
 * Accounts: staff and Adviesraad accounts, sign-in, sessions, roles and permissions.
 * The server face: the rules a face keeps are in ARCHITECTURE.md ("The face").
 */
import "server-only";
import { clientAddressFrom as clientAddressFromUnchecked } from "./data/rate-limit-keys";
import { sessionEnd as sessionEndUnchecked } from "./data/session";
import {
  deleteSession as deleteSessionUnchecked,
  sessionLifetimes as sessionLifetimesUnchecked,
} from "./data/sessions";
import { findLoginAccount as findLoginAccountUnchecked } from "./data/user-accounts";
import { publicOnPurpose } from "./public-on-purpose";

// Pure logic the server side uses (no database).
export { issuesToErrors, refusedTo, toPlainInput } from "./action-result";
export { authorizationResponse } from "./authorization-response";
export { PATH_HEADER, safeCallbackPath } from "./callback-path";
export * from "./client";
// Entry points: each checks who asks (the face test proves it) or is marked public on purpose.
export { createAction } from "./data/action";
export { gatePage } from "./data/page-gate";
export { getSessionUser } from "./data/session";
export type { UserListItem } from "./data/users";
export { changeUserRole, createUser, listUsers, setUserActive } from "./data/users";
export { AuthorizationError, InputError } from "./errors";
export { can, type Permission } from "./permissions";
export { crossSiteRefusal } from "./same-origin";
export { changeRoleSchema, setActiveSchema } from "./schema";
export { homePathFor, signInPath, signInReason } from "./sign-in-path";

// Public on purpose: no check of who asks, for the reason given.
export const sessionEnd = publicOnPurpose(
  "tells a signed-out visitor why their own session ended (idle or expired); reveals nothing else",
  sessionEndUnchecked,
);
export const findLoginAccount = publicOnPurpose(
  "after a successful sign-in, the role of the account just signed in picks the page to land on",
  findLoginAccountUnchecked,
);
export const sessionLifetimes = publicOnPurpose(
  "the configured session lifetimes, shown on the sign-in page; no personal data",
  sessionLifetimesUnchecked,
);
export const deleteSession = publicOnPurpose(
  "signing out ends the caller's own session: the sign-out action passes the id of the session it has just read",
  deleteSessionUnchecked,
);
export const clientAddressFrom = publicOnPurpose(
  "reads the client address the server itself set on this request; reads no stored data",
  clientAddressFromUnchecked,
);
