import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("panel.leave", "doneTitle");

export default async function LeftPage() {
  const t = await getTranslations("panel");
  return (
    <>
      <h1>{t("leave.doneTitle")}</h1>
      <div className="alert alert--success" role="status">
        <p>{t("leave.done")}</p>
      </div>
      <Link href="/panel">{t("home.title")}</Link>
    </>
  );
}
