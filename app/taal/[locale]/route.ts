import { type NextRequest, NextResponse } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { safeReturnPath } from "@/i18n/return-path";
import { env } from "@/lib/env";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language switch: a plain link (GET /taal/<locale>?terug=<path>) so it works without
 * JavaScript. It only remembers a language in a cookie, nothing else, so a GET is fine; the
 * switch is a plain <a> (no prefetch). Back to `terug` when that is a path on this site, else home.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const back = safeReturnPath(request.nextUrl.searchParams.get("terug")) ?? "/";
  // A relative Location: the browser resolves it against the address it asked, whatever host
  // name a proxy in front of the app passes on.
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: back, "Cache-Control": "no-store" },
  });
  if (!isLocale(locale)) return response;
  // Dutch is remembered too: chosen on purpose, so no other language is proposed again.
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: new URL(env().PEILING_BASE_URL).protocol === "https:",
  });
  return response;
}
