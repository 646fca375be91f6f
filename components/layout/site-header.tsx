import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UserNav } from "@/components/accounts/user-nav";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { chosenLocale } from "@/i18n/page-request";
import { ClientMessages } from "./client-messages";
import { HeaderLanguageSwitch } from "./header-language-switch";

export async function SiteHeader() {
  const t = await getTranslations("site");
  const locale = await getLocale();
  const current = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">{t("name")}</span>
          <span className="site-header__org">{t("municipality")}</span>
        </Link>
        <ClientMessages namespaces={["site"]}>
          <HeaderLanguageSwitch current={current} chosen={(await chosenLocale()) ?? DEFAULT_LOCALE} />
        </ClientMessages>
        <UserNav />
      </div>
    </header>
  );
}
