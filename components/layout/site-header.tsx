import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UserNav } from "@/components/accounts/user-nav";

export async function SiteHeader() {
  const t = await getTranslations("site");
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">{t("name")}</span>
          <span className="site-header__org">{t("municipality")}</span>
        </Link>
        <UserNav />
      </div>
    </header>
  );
}
