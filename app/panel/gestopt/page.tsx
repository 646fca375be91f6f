import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("panel.leave", "doneTitle");

export default async function LeftPage() {
  const t = await getTranslations("panel");
  return (
    <>
      <h1>{t("leave.doneTitle")}</h1>
      <Notice tone="success">{t("leave.done")}</Notice>
      <Link href="/panel">{t("home.title")}</Link>
    </>
  );
}
