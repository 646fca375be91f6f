/** Who an account is: municipal staff (administrators and policy staff), the Adviesraad, panel members. */
export const ROLES = ["admin", "staff", "adviesraad", "panel"] as const;
export type Role = (typeof ROLES)[number];

/** Why a staff session ended before the person signed out: too long idle, or its absolute limit. */
export type SessionEnd = "idle" | "expired";

/** Who a request (or an operator task) acts as: the account and the session it signed in with. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The `sessions` row this request belongs to (logout deletes it). */
  sessionId: string;
};
