import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";
import { NAMESPACES } from "./namespaces";

async function loadNamespace(locale: string, ns: string): Promise<Record<string, unknown>> {
  try {
    return (await import(`../messages/${locale}/${ns}.json`)).default;
  } catch {
    return (await import(`../messages/${DEFAULT_LOCALE}/${ns}.json`)).default;
  }
}

// Locale comes from a cookie (no locale in the URL: residents get links to /s/<slug>).
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, await loadNamespace(locale, ns)] as const),
  );
  return { locale, messages: Object.fromEntries(entries), timeZone: "Europe/Amsterdam" };
});
