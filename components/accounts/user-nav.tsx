import "./auth.css";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, getSessionUser } from "@/lib/accounts";
import { LogoutButton } from "./logout-button";

/** In the site header: who is signed in, the way into Beheer (staff) or the Adviesraad's area, and logging out. */
export async function UserNav() {
  const user = await getSessionUser();
  if (!user) return null;
  const [t, tReview] = await Promise.all([
    getTranslations("auth.userNav"),
    getTranslations("review.userNav"),
  ]);
  return (
    <nav className="user-nav" aria-label={t("label")}>
      <span className="user-nav__who">{t("loggedInAs", { name: user.name })}</span>
      {can(user.role, "beheer:enter") ? (
        <Link href="/beheer" className="user-nav__link">
          {t("staffArea")}
        </Link>
      ) : null}
      {can(user.role, "review:participate") ? (
        <Link href="/adviesraad" className="user-nav__link">
          {tReview("link")}
        </Link>
      ) : null}
      <LogoutButton />
    </nav>
  );
}
