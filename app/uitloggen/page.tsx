import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "@/components/accounts/logout-button";
import { pageTitle } from "@/components/layout/page-title";
import { getSessionUser } from "@/lib/accounts";

export const generateMetadata = pageTitle("auth.logout");

/** A page with a button, not a link that logs out on GET: a prefetch or an image tag cannot log anyone out. */
export default async function LogoutPage() {
  await connection();
  const t = await getTranslations("auth.logout");
  const user = await getSessionUser();
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      {user ? (
        <>
          <p>{t("intro", { name: user.name, email: user.email })}</p>
          <LogoutButton className="button" />
        </>
      ) : (
        <>
          <p>{t("notLoggedIn")}</p>
          <p>
            <Link href="/inloggen">{t("toLogin")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
