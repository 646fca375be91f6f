import { type Locale, localeDirection } from "@/i18n/locales";

/**
 * The lang and dir attributes for a passage whose language differs from the page's: a survey
 * shown in Dutch under an English interface (WCAG 3.1.2). Nothing when they are the same, so the
 * page's own lang and dir apply.
 */
export function contentLanguageProps(
  contentLanguage: Locale,
  pageLocale: Locale,
): { lang?: Locale; dir?: "rtl" | "ltr" } {
  if (contentLanguage === pageLocale) return {};
  return { lang: contentLanguage, dir: localeDirection(contentLanguage) };
}
