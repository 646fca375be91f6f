import { headers } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UserNav } from "@/components/accounts/user-nav";
import { proposedLocale } from "@/i18n/accept-language";
import { DEFAULT_LOCALE, INTERFACE_LOCALES, isLocale, LOCALES, type Locale } from "@/i18n/locales";
import { chosenLocale } from "@/i18n/page-request";
import { ClientMessages } from "./client-messages";
import { HeaderLanguageSwitch } from "./header-language-switch";
import { LanguageProposal, type Proposal } from "./language-proposal";

async function proposal(locale: Locale | null): Promise<Proposal | null> {
  if (!locale) return null;
  const t = await getTranslations({ locale, namespace: "site.languageProposal" });
  return { locale, text: t("text"), link: t("link") };
}

export async function SiteHeader() {
  const t = await getTranslations("site");
  const shown = await getLocale();
  const current = isLocale(shown) ? shown : DEFAULT_LOCALE;
  const chosen = await chosenLocale();
  // Accept-Language only proposes, and only to someone who has not chosen a language yet.
  const accepted = chosen ? null : (await headers()).get("accept-language");
  const [journey, other] = await Promise.all([
    proposal(proposedLocale(accepted, LOCALES)),
    proposal(proposedLocale(accepted, INTERFACE_LOCALES)),
  ]);
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">{t("name")}</span>
          <span className="site-header__org">{t("municipality")}</span>
        </Link>
        <ClientMessages namespaces={["site"]}>
          <HeaderLanguageSwitch current={current} chosen={chosen ?? DEFAULT_LOCALE} />
          <LanguageProposal journey={journey} other={other} />
        </ClientMessages>
        <UserNav />
      </div>
    </header>
  );
}
