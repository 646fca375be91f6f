import { type NextRequest, NextResponse } from "next/server";
import { PATH_HEADER } from "@/lib/accounts/callback-path";
import { hasSessionCookie } from "@/lib/accounts/session-cookie";
import { env } from "@/lib/env";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";
import { actionErrorText, errorPage } from "@/lib/http/error-response";
import {
  hasMalformedPercentEncoding,
  isAcceptableActionJson,
  MAX_BODY_BYTES,
} from "@/lib/http/malformed-request";
import { strictTransportSecurity } from "@/lib/http/transport-security";

/*
 * Runs before every page and route (not Next's static files). Four jobs, none of them security
 * decisions about people (every page, action and data function checks session and permission
 * itself, lib/accounts/data/session.ts):
 * 1. Every response gets a Content-Security-Policy with a fresh nonce (lib/http/content-security-
 *    policy.ts); Next reads the nonce from the request's copy of the header and puts it on its own
 *    scripts. HSTS is added on an https site (lib/http/transport-security.ts). The headers that are
 *    the same on every response, static files included, are in next.config.js.
 * 2. Requests Next would answer with 500 get a 4xx here (lib/http/malformed-request.ts).
 * 3. The page's path is passed on in a request header (PATH_HEADER) for the pages to read.
 * 4. People without a session cookie are sent from the staff and Adviesraad areas to the sign-in
 *    page, and back afterwards: a convenience only, it does not even verify the cookie.
 */

const SIGNED_IN_AREAS = ["/beheer", "/adviesraad"];

const inSignedInArea = (pathname: string) =>
  SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));

/** Why the request cannot be served, or null when it can. */
async function refusal(
  request: NextRequest,
): Promise<"badRequest" | "tooLarge" | "invalidAction" | "lengthRequired" | null> {
  if (hasMalformedPercentEncoding(request.nextUrl.pathname)) return "badRequest";
  if (request.method === "GET" || request.method === "HEAD" || !request.body) return null;
  const length = request.headers.get("content-length");
  // Browsers state the length of every form and fetch body. A body streamed without one cannot be
  // checked against the limit before it is read, and reading it here stalls the request.
  if (length === null) return "lengthRequired";
  if (Number(length) > MAX_BODY_BYTES) return "tooLarge";
  // A server action called by the page's script: its arguments are JSON rows that React decodes
  // recursively. Those bodies are small, so reading them here costs little.
  const isActionCall = request.headers.has("next-action");
  if (!isActionCall) return null;
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const form = await request.formData().catch(() => null);
    if (!form) return "invalidAction";
    for (const [name, value] of form) {
      // Numbered fields are React's JSON rows; the others are the form's own fields and files.
      if (/^\d+$/.test(name) && typeof value === "string" && !isAcceptableActionJson(value)) {
        return "invalidAction";
      }
    }
    return null;
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return "tooLarge";
  return isAcceptableActionJson(text) ? null : "invalidAction";
}

export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const baseUrl = env().PEILING_BASE_URL;
  const policy = contentSecurityPolicy({ nonce, https: new URL(baseUrl).protocol === "https:" });
  const hsts = strictTransportSecurity(baseUrl);
  const secure = (response: Response) => {
    response.headers.set("Content-Security-Policy", policy);
    if (hsts) response.headers.set("Strict-Transport-Security", hsts);
    return response;
  };

  const refused = await refusal(request);
  if (refused) {
    if (refused === "lengthRequired") {
      const answer = actionErrorText("invalidAction");
      return secure(new Response(answer.body, { status: 411, headers: answer.headers }));
    }
    const fromScript = request.headers.has("next-action");
    if (refused === "invalidAction" || fromScript) {
      return secure(actionErrorText(refused === "badRequest" ? "invalidAction" : refused));
    }
    return secure(errorPage(refused, nonce));
  }

  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const signedInArea = inSignedInArea(request.nextUrl.pathname);
  if (signedInArea && !hasSessionCookie(request.cookies.getAll().map((c) => c.name))) {
    const url = new URL("/inloggen", request.url);
    url.search = new URLSearchParams({ callbackUrl: path }).toString();
    return secure(NextResponse.redirect(url));
  }
  const headers = new Headers(request.headers);
  // Next takes the nonce for its scripts from the request's policy header.
  headers.set("Content-Security-Policy", policy);
  // The path asked for: the staff area's sign-in redirect and the page's locale
  // (i18n/request.ts: Arabic, Turkish and Polish cover only the resident's journey) read it.
  headers.set(PATH_HEADER, path);
  return secure(NextResponse.next({ request: { headers } }));
}

export const config = {
  // Everything but Next's own static files (hashed, never HTML) and the image optimizer.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
