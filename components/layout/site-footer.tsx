import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("site");
  const tPanel = await getTranslations("panel");
  return (
    <footer className="site-footer">
      <nav className="container" aria-label={t("footerNav")}>
        <ul className="site-footer__links">
          <li>
            <Link href="/">{t("home")}</Link>
          </li>
          <li>
            <Link href="/panel">{tPanel("footerLink")}</Link>
          </li>
          <li>
            <Link href="/privacy">{t("privacy")}</Link>
          </li>
          <li>
            <Link href="/toegankelijkheid">{t("accessibility")}</Link>
          </li>
          <li>
            <Link href="/inloggen">{t("login")}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
