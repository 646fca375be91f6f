import { type NextRequest, NextResponse } from "next/server";
import { PATH_HEADER } from "@/lib/auth/callback-path";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

/*
 * Sends people without a session cookie from the staff and Adviesraad areas to the sign-in page, and back
 * afterwards. Only a convenience redirect, not security: every page, action and data function
 * checks the session and permission itself (lib/auth/session.ts). It does not even verify the
 * cookie, so it needs neither the secret nor the database.
 */

export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const hasSession = hasSessionCookie(request.cookies.getAll().map((c) => c.name));
  if (!hasSession) {
    const url = new URL("/inloggen", request.url);
    url.search = new URLSearchParams({ callbackUrl: path }).toString();
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/beheer", "/beheer/:path*", "/adviesraad", "/adviesraad/:path*"],
};
