/*
 * The Content-Security-Policy of every page, built per request around a fresh nonce (proxy.ts).
 *
 * Why each directive (OWASP ASVS 4 V14.4.3, the "strict CSP" of web.dev / Google's CSP evaluator):
 * - script-src 'nonce-…' 'strict-dynamic': only scripts carrying this response's nonce run, and the
 *   scripts they load themselves (Next's chunks). A script an attacker gets into the HTML has no
 *   nonce, so it does not run even where escaping failed. No 'unsafe-inline', no host allowlists
 *   (those are bypassable through any JSONP or script gadget on an allowed host). 'self' is only
 *   a fallback for browsers without 'strict-dynamic', which ignore it when they understand it.
 * - object-src 'none': no plugins (<object>, <embed>) – an old way around script-src.
 * - base-uri 'none': an injected <base href> cannot point the page's relative script URLs elsewhere.
 * - frame-ancestors 'none': no site may frame Peiling (clickjacking a "Verstuur" button); the
 *   X-Frame-Options header says the same to browsers that predate CSP 2.
 * - form-action 'self': an injected <form> cannot post what a resident typed to another host. Every
 *   form posts to Peiling itself: server actions, the no-JavaScript forms and next-auth's sign-in.
 * - default-src 'self', img-src 'self' data: blob:, font-src 'self', connect-src 'self': everything
 *   else from this site only (charts draw to canvas; a chart saved as an image is a data:/blob: URL).
 * - style-src 'self' 'nonce-…' for <style> and stylesheets: only our CSS files and Next's own
 *   nonced style elements. style-src-attr 'unsafe-inline' for style="" attributes: React renders a
 *   few computed ones (the progress bar's width, a chart's height) and chart.js sizes its canvas
 *   through them. A style attribute cannot run script or load a resource outside img-src/font-src,
 *   so allowing it is the narrowest rule that keeps those pages intact; <style> elements, which
 *   can (selectors that leak attribute values), stay nonce-only. Browsers without CSP 3's
 *   style-src-attr fall back to style-src and only lose those widths.
 * - upgrade-insecure-requests: only when the site is served over https (it would break plain-http
 *   installations, such as a test machine or the e2e server).
 *
 * A municipality that embeds something (a video, a map, a font from its house style) adds the
 * host to ADDITIONAL_SOURCES below, for the one directive that needs it — see README "Security".
 */

/** Extra sources per directive, for something a municipality embeds; empty by default. */
const ADDITIONAL_SOURCES: Partial<Record<Directive, readonly string[]>> = {};

type Directive =
  | "default-src"
  | "script-src"
  | "style-src"
  | "style-src-attr"
  | "img-src"
  | "font-src"
  | "connect-src"
  | "frame-src"
  | "media-src"
  | "object-src"
  | "base-uri"
  | "form-action"
  | "frame-ancestors"
  | "upgrade-insecure-requests";

/** A nonce as CSP wants it: base64 of 16 random bytes (128 bits, unguessable per response). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export type ContentSecurityPolicyOptions = {
  nonce: string;
  /** The site is served over https: ask the browser to upgrade any http:// subresource. */
  https: boolean;
  /** Extra sources per directive; defaults to ADDITIONAL_SOURCES. */
  additional?: Partial<Record<Directive, readonly string[]>>;
};

export function contentSecurityPolicy({
  nonce,
  https,
  additional = ADDITIONAL_SOURCES,
}: ContentSecurityPolicyOptions): string {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(nonce)) throw new Error("a CSP nonce must be base64");
  const directives: [Directive, string[]][] = [
    ["default-src", ["'self'"]],
    // First directive starting with "script-src": Next reads the nonce for its own scripts from it.
    ["script-src", [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'"]],
    ["style-src", ["'self'", `'nonce-${nonce}'`]],
    ["style-src-attr", ["'unsafe-inline'"]],
    ["img-src", ["'self'", "data:", "blob:"]],
    ["font-src", ["'self'"]],
    ["connect-src", ["'self'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
  ];
  for (const [name, sources] of Object.entries(additional) as [Directive, readonly string[]][]) {
    for (const source of sources) {
      // A source with a space or semicolon would add or end directives: refuse it loudly.
      if (!/^[^\s;,]+$/.test(source)) throw new Error(`invalid CSP source for ${name}: ${source}`);
    }
    const existing = directives.find(([directive]) => directive === name);
    if (existing) existing[1].push(...sources);
    else directives.push([name, ["'self'", ...sources]]);
  }
  if (https) directives.push(["upgrade-insecure-requests", []]);
  return directives.map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}
