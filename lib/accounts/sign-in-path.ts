import { can } from "./permissions";
import type { Role, SessionEnd } from "./types";

/** Query value on /inloggen that says why the person has to sign in again (app/inloggen/page.tsx). */
export const SIGN_IN_REASONS: Record<SessionEnd, string> = { idle: "inactief", expired: "verlopen" };

/**
 * The sign-in page, returning to `callbackUrl` afterwards, and saying why when a session just ran
 * out: someone whose screen sat idle should read that this is why, not wonder what went wrong.
 */
export function signInPath(callbackUrl: string, ended: SessionEnd | null = null): string {
  const query = new URLSearchParams({ callbackUrl });
  if (ended) query.set("reden", SIGN_IN_REASONS[ended]);
  return `/inloggen?${query}`;
}

/** The reason a sign-in page's `reden` parameter names, or null for none or an unknown value. */
export function signInReason(value: unknown): SessionEnd | null {
  for (const [end, text] of Object.entries(SIGN_IN_REASONS)) if (value === text) return end as SessionEnd;
  return null;
}

/** Where someone lands after signing in when they did not come from a page: Beheer for staff, their own area for the Adviesraad. */
export function homePathFor(role: Role | undefined): string {
  if (role && can(role, "review:participate")) return "/adviesraad";
  return role && can(role, "beheer:enter") ? "/beheer" : "/";
}
