import crypto from "node:crypto";

/*
 * The secrets a panel member receives by mail (confirming a sign-up, signing in, confirming a new
 * address) and the member session cookie. Pure: generation, shape checks, hashes and lifetimes;
 * the data layer stores only the hashes.
 */

export type MemberTokenPurpose = "confirm_signup" | "login" | "change_email";

/** How long a mailed link works. A sign-up link may wait in a mailbox for days; a sign-in link not. */
export const MEMBER_TOKEN_TTL_MS: Record<MemberTokenPurpose, number> = {
  confirm_signup: 7 * 24 * 60 * 60 * 1000,
  login: 30 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
};

/** 128 random bits, 22 characters of base64url: unguessable, short enough for a mail link. */
export function generateMemberToken(): string {
  return crypto.randomBytes(16).toString("base64url");
}

export function isMemberToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{22}$/.test(value);
}

/** Only the hash is stored: a copy of the database opens no link. Domain-separated from other hashes. */
export function hashMemberToken(token: string): string {
  return crypto.createHash("sha256").update(`member-token:${token}`).digest("hex");
}

// ---- Member session ----------------------------------------------------------------------------

/** The cookie of a member signed in by magic link; only its hash is in member_sessions. */
export const MEMBER_SESSION_COOKIE = "peiling_lid";
/** Signed out after an hour without any request (sliding)… */
export const MEMBER_SESSION_IDLE_MS = 60 * 60 * 1000;
/** …and after eight hours at most, however active. */
export const MEMBER_SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;

/** 256 random bits: the cookie value is a bearer secret. */
export function generateMemberSessionSecret(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function isMemberSessionSecret(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function hashMemberSessionSecret(secret: string): string {
  return crypto.createHash("sha256").update(`member-session:${secret}`).digest("hex");
}
