import "./auth.css";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { LogoutButton } from "./logout-button";

/** In the site header: who is signed in, the way into Beheer for staff, and logging out. */
export async function UserNav() {
  const user = await getSessionUser();
  if (!user) return null;
  const t = await getTranslations("auth.userNav");
  return (
    <nav className="user-nav" aria-label={t("label")}>
      <span className="user-nav__who">{t("loggedInAs", { name: user.name })}</span>
      {can(user.role, "beheer:enter") ? (
        <Link href="/beheer" className="user-nav__link">
          {t("staffArea")}
        </Link>
      ) : null}
      <LogoutButton />
    </nav>
  );
}
