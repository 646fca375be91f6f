import "server-only";
import type { MemberTokenPurpose } from "../member-tokens";
import { confirmEmailChange, peekMemberLink, redeemLoginLink } from "./member-links";
import { confirmSignup } from "./panel-signup";
import { guardedTokenLookup } from "./token-guard";

/*
 * The links mailed to members, as pages and actions open them: each looks its token up behind the
 * per-client rate limit (token-guard.ts), because the token is the only credential. The face
 * (lib/panels/index.ts) offers these and not the lookups themselves, so no page can forget the
 * limit. Any link that does not work gives null: unknown, used, expired and rate-limited look alike.
 */

/** What the link's page shows before it is used: the panel's name. */
export function openMemberLink(
  token: string,
  purpose: MemberTokenPurpose,
): Promise<{ panelName: string } | null> {
  return guardedTokenLookup(token, async (value) => await peekMemberLink(value, purpose));
}

/** Uses a sign-in link; the member to start a session for. */
export function signInByLink(token: string): Promise<{ memberId: number } | null> {
  return guardedTokenLookup(token, async (value) => await redeemLoginLink(value));
}

/** Confirms a sign-up by its link; the member to sign in. */
export function confirmSignupByLink(token: string): Promise<{ memberId: number; panelName: string } | null> {
  return guardedTokenLookup(token, async (value) => await confirmSignup(value));
}

/** Confirms a new address by its link; null also when the address has become another member's. */
export function confirmEmailChangeByLink(token: string): Promise<{ panelName: string } | null> {
  return guardedTokenLookup(token, async (value) => {
    const changed = await confirmEmailChange(value);
    return changed.ok ? { panelName: changed.panelName } : null;
  });
}
