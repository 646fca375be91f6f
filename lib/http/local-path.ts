/**
 * A path on this site to send someone back to after a detour (signing in, choosing a language).
 * Only a path on this site is accepted: an absolute URL, a protocol-relative "//evil.example" or
 * "/\evil.example" would make the detour an open redirect (ASVS 5.1.5). `refused` names the paths
 * the detour itself lives on, so nobody is sent back into it. Anything else gives null, and the
 * caller sends people home.
 */
export function localReturnPath(value: unknown, refused: RegExp): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const base = "http://same-site.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  // Dot segments are resolved above: "/.//evil.example", "/..//x" or "/%2e//x" become "//…",
  // which a browser reads as another host. Only a single leading slash may survive.
  if (url.pathname.startsWith("//") || url.pathname.startsWith("/\\")) return null;
  if (refused.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
