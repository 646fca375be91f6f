/**
 * The interface's languages. Dutch is the source and the default; English covers the whole
 * interface; Arabic, Turkish and Polish cover the resident's journey (the survey pages under /s/,
 * the home page, the site header and footer). A page outside what a locale covers is shown in
 * Dutch, with lang="nl" (i18n/request.ts decides).
 */
export const LOCALES = ["nl", "en", "ar", "tr", "pl"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";
export const LOCALE_COOKIE = "peiling_locale";

/** The locales every page of the interface is written in. */
export const INTERFACE_LOCALES = ["nl", "en"] as const satisfies readonly Locale[];

/** The locales the resident's journey (and only that) is written in, besides the interface ones. */
export const JOURNEY_LOCALES = ["ar", "tr", "pl"] as const satisfies readonly Locale[];

/** Each language's name in its own language, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  nl: "Nederlands",
  en: "English",
  ar: "العربية",
  tr: "Türkçe",
  pl: "Polski",
};

/**
 * The conventions dates and numbers follow in each locale (BCP 47, for Intl): English as written
 * in Britain (8 December 2026, 14:30), not the United States; the others as in the country most
 * of their readers here come from.
 */
export const FORMAT_LOCALES: Record<Locale, string> = {
  nl: "nl-NL",
  en: "en-GB",
  ar: "ar",
  tr: "tr-TR",
  pl: "pl-PL",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeDirection(locale: Locale): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * Whether a path is part of the resident's journey: the home page and the survey pages.
 * Those pages are written in every locale; all others in the interface locales only.
 */
export function isJourneyPath(pathname: string): boolean {
  return pathname === "/" || pathname === "/s" || pathname.startsWith("/s/");
}

/** The locales a page at this path is written in. */
export function localesForPath(pathname: string): readonly Locale[] {
  return isJourneyPath(pathname) ? LOCALES : INTERFACE_LOCALES;
}

/** The locale a page is shown in: the chosen one where the page is written in it, else Dutch. */
export function pageLocale(chosen: Locale, pathname: string): Locale {
  return localesForPath(pathname).includes(chosen) ? chosen : DEFAULT_LOCALE;
}
