import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The Dutch 403 page: signed in, but this role may not see the page. */
export async function Forbidden({ user }: { user: { name: string; email: string } | null }) {
  const t = await getTranslations("auth.forbidden");
  return (
    <div className="forbidden">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      {user && <p>{t("loggedInAs", { name: user.name, email: user.email })}</p>}
      <p>{t("help")}</p>
      <ul>
        <li>
          <Link href="/">{t("home")}</Link>
        </li>
        <li>
          <Link href="/uitloggen">{t("otherAccount")}</Link>
        </li>
      </ul>
    </div>
  );
}
