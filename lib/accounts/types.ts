/** Who an account is: municipal staff (administrators and policy staff), the Adviesraad, panel members. */
export const ROLES = ["admin", "staff", "adviesraad", "panel"] as const;
export type Role = (typeof ROLES)[number];

/** Why a staff session ended before the person signed out: too long idle, or its absolute limit. */
export type SessionEnd = "idle" | "expired";
