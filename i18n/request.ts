import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, FORMAT_LOCALES, isLocale, type Locale, pageLocale } from "./locales";
import { withFallback } from "./message-fallback";
import { NAMESPACES } from "./namespaces";
import { chosenLocale, requestedPath } from "./page-request";

type Messages = Record<string, unknown>;

async function readNamespace(locale: Locale, ns: string): Promise<Messages | null> {
  try {
    return (await import(`../messages/${locale}/${ns}.json`)).default;
  } catch {
    return null;
  }
}

/**
 * A namespace in `locale`, any key it lacks taken from Dutch, the complete catalogue. Arabic,
 * Turkish and Polish hold the resident's journey only (i18n/catalogue.test.ts keeps that part
 * complete), so the rest of a namespace they share with the staff pages comes from Dutch.
 */
async function loadNamespace(locale: Locale, ns: string): Promise<Messages> {
  const dutch = (await readNamespace(DEFAULT_LOCALE, ns)) ?? {};
  if (locale === DEFAULT_LOCALE) return dutch;
  return withFallback(await readNamespace(locale, ns), dutch);
}

/*
 * The one place the page's locale is decided. No locale in the URL (residents get links to
 * /s/<slug>): the language chosen with the switch (a cookie), where the page asked for is written
 * in it; otherwise Dutch (i18n/locales.ts says which pages each locale covers). So every page's
 * lang attribute names the language of the text it shows. A caller may ask for a locale of its
 * own (getTranslations({ locale, namespace }): the language proposal is written in the language
 * it proposes), or a formatting locale (i18n/formatter.ts).
 */
export default getRequestConfig(async ({ locale: asked }) => {
  // A formatter asked for by i18n/formatter.ts: formatting conventions only, no texts.
  if (asked && !isLocale(asked) && Object.values(FORMAT_LOCALES).includes(asked)) {
    return { locale: asked, messages: {}, timeZone: "Europe/Amsterdam" };
  }
  let locale: Locale;
  if (isLocale(asked)) {
    locale = asked;
  } else {
    const chosen = (await chosenLocale()) ?? DEFAULT_LOCALE;
    locale = pageLocale(chosen, new URL(await requestedPath(), "http://x.invalid").pathname);
  }
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, await loadNamespace(locale, ns)] as const),
  );
  return { locale, messages: Object.fromEntries(entries), timeZone: "Europe/Amsterdam" };
});
