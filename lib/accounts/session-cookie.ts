/**
 * next-auth's session cookie: "__Secure-" over https; ".0", ".1"… when a large token is split in
 * chunks. Used to skip all session work for visitors without one (most residents), and by the proxy.
 */
export const SESSION_COOKIE_PATTERN = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE_PATTERN.test(name)) return true;
  return false;
}
