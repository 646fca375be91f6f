import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("panel.emailConfirm");

export default async function EmailConfirmedPage() {
  const t = await getTranslations("panel");
  return (
    <>
      <h1>{t("emailConfirm.title")}</h1>
      <div className="alert alert--success" role="status">
        <p>{t("emailConfirm.done")}</p>
      </div>
      <Link className="button" href="/panel/inloggen">
        {t("login.title")}
      </Link>
    </>
  );
}
