import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DEFAULT_LOCALE, isLocale, localeDirection } from "@/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: `${t("name")} – ${t("municipality")}`, template: `%s – ${t("name")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The locale of the text on the page (i18n/request.ts): Dutch where the chosen language does not
  // cover the page, so lang and dir always describe what is shown.
  const shown = await getLocale();
  const locale = isLocale(shown) ? shown : DEFAULT_LOCALE;
  const t = await getTranslations("site");
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body>
        <a className="skip-link" href="#inhoud">
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <main id="inhoud" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
