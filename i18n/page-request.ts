import "server-only";
import { cookies, headers } from "next/headers";
import { PATH_HEADER } from "@/lib/accounts/callback-path";
import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";

/**
 * The path (with its query) of the page being rendered, as proxy.ts passed it on; "/" when it
 * is missing (a request that did not pass through the proxy).
 */
export async function requestedPath(): Promise<string> {
  const path = (await headers()).get(PATH_HEADER);
  return path?.startsWith("/") ? path : "/";
}

/** The locale the visitor chose with the language switch, or null when they chose none. */
export async function chosenLocale(): Promise<Locale | null> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : null;
}
