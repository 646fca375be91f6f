import { useTranslations } from "next-intl";
import { LOCALE_NAMES, type Locale } from "@/i18n/locales";
import "./language-switch.css";

/** The address of the link that switches to `locale` and comes back to `returnTo`. */
export function switchHref(locale: Locale, returnTo: string): string {
  return `/taal/${locale}?${new URLSearchParams({ terug: returnTo })}`;
}

/**
 * Links to the offered languages, each named in its own language (with its own lang attribute, so
 * a screen reader pronounces it right), the current one marked. Plain <a>, not next/link: the
 * switch sets a cookie, and a prefetch must not.
 */
export function LanguageSwitch({
  offered,
  current,
  returnTo,
  label,
}: {
  offered: readonly Locale[];
  current: Locale;
  returnTo: string;
  /** The nav's name where a page has a second switch (the survey's own languages). */
  label?: string;
}) {
  const t = useTranslations("site");
  return (
    <nav className="language-switch" aria-label={label ?? t("languageSwitch")}>
      <ul className="language-switch__list">
        {offered.map((locale) => (
          <li key={locale}>
            <a
              href={switchHref(locale, returnTo)}
              lang={locale}
              hrefLang={locale}
              className="language-switch__link"
              aria-current={locale === current ? "true" : undefined}
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
