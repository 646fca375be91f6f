import { env } from "@/lib/env";

/*
 * Cross-site request refusal for route handlers that change something or hand out data only a
 * signed-in person may have (staff downloads, a member's own data). Server actions get this from
 * Next.js (it compares Origin with Host); route handlers do not, and the session cookies are
 * SameSite=Lax, which still sends them on another site's top-level GET navigation, and a form POST
 * is stopped only by SameSite, one browser setting away from nothing. So each such handler asks
 * `crossSiteRefusal(request)` first.
 *
 * How a request is judged, strongest signal first:
 *
 * 1. `Sec-Fetch-Site` (every current browser sends it on every request, and a page cannot forge
 *    it). "same-origin" is a click or a form on our own pages: allowed. "none" means the person
 *    started the request themselves (typed or pasted the address, a bookmark, a link opened from
 *    another program): allowed for GET/HEAD, which only fetch a file into their own browser, but
 *    never for a POST, which no such user action produces. "same-site" (another host under the
 *    same domain, e.g. a different municipal application) and "cross-site" are someone else's
 *    page: refused.
 * 2. No `Sec-Fetch-Site` (an older browser): `Origin`, when present, must be our own host; "null"
 *    (sandboxed frames, privacy redirects) is refused. Browsers send Origin on every POST.
 * 3. Neither header: allowed. A top-level GET navigation carries no Origin in any browser, so a
 *    plain link would break; and a client that sends neither header is not a browser acting for a
 *    victim (a script with curl holds no one's cookie but its own), so refusing it protects no one.
 *
 * Not for the one-click unsubscribe POST (RFC 8058: the mail program posts from anywhere, without
 * a session) or the resume link (opened from a mail program): those are meant to come from outside.
 */

const SAFE_METHODS = new Set(["GET", "HEAD"]);

/** Hosts this site answers as: the one the browser used (as Next.js's action check reads it) and the configured one. */
function ownHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || request.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  try {
    hosts.add(new URL(request.url).host.toLowerCase());
  } catch {
    // A relative or odd request URL adds nothing.
  }
  hosts.add(new URL(env().PEILING_BASE_URL).host.toLowerCase());
  return hosts;
}

/** True when the request comes from this site's own pages or from the person's own action. */
export function isSameOriginRequest(request: Request): boolean {
  const safe = SAFE_METHODS.has(request.method.toUpperCase());
  const site = request.headers.get("sec-fetch-site")?.toLowerCase();
  if (site) return site === "same-origin" || (site === "none" && safe);
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false; // "null" and anything else that is not a URL
  }
  return originHost !== "" && ownHosts(request).has(originHost);
}

/** What a refused request gets: 403, saying in Dutch (and English) what to do instead. */
export const CROSS_SITE_MESSAGE =
  "Dit kan alleen vanaf de pagina's van Peiling zelf. Open Peiling, ga naar de pagina en klik daar op de knop of link.\n" +
  "This only works from Peiling's own pages. Open Peiling, go to the page and use the button or link there.\n";

/** A 403 for a request from another site; null when the request may go on. */
export function crossSiteRefusal(request: Request): Response | null {
  if (isSameOriginRequest(request)) return null;
  return new Response(CROSS_SITE_MESSAGE, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
