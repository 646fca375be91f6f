import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("panel.emailConfirm");

export default async function EmailConfirmedPage() {
  const t = await getTranslations("panel");
  return (
    <>
      <h1>{t("emailConfirm.title")}</h1>
      <Notice tone="success">{t("emailConfirm.done")}</Notice>
      <Link className="button" href="/panel/inloggen">
        {t("login.title")}
      </Link>
    </>
  );
}
