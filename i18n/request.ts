import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, pageLocale } from "./locales";
import { NAMESPACES } from "./namespaces";
import { chosenLocale, requestedPath } from "./page-request";

async function loadNamespace(locale: string, ns: string): Promise<Record<string, unknown>> {
  try {
    return (await import(`../messages/${locale}/${ns}.json`)).default;
  } catch {
    return (await import(`../messages/${DEFAULT_LOCALE}/${ns}.json`)).default;
  }
}

/*
 * The one place the page's locale is decided. No locale in the URL (residents get links to
 * /s/<slug>): the language chosen with the switch (a cookie), where the page asked for is written
 * in it; otherwise Dutch (i18n/locales.ts says which pages each locale covers). So every page's
 * lang attribute names the language of the text it shows.
 */
export default getRequestConfig(async () => {
  const chosen = (await chosenLocale()) ?? DEFAULT_LOCALE;
  const pathname = new URL(await requestedPath(), "http://x.invalid").pathname;
  const locale = pageLocale(chosen, pathname);
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, await loadNamespace(locale, ns)] as const),
  );
  return { locale, messages: Object.fromEntries(entries), timeZone: "Europe/Amsterdam" };
});
