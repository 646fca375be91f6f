import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import type { SearchParams } from "@/lib/http/search-params";

export const generateMetadata = pageTitle("panel.unsubscribe", "doneTitle");

export default async function UnsubscribedPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { resultaat } = await searchParams;
  const t = await getTranslations("panel.unsubscribe");
  const text =
    resultaat === "paused"
      ? t("donePaused")
      : resultaat === "withdrawn"
        ? t("doneWithdrawn")
        : t("doneUnchanged");
  return (
    <>
      <h1>{t("doneTitle")}</h1>
      <Notice tone="success">{text}</Notice>
      {resultaat === "paused" ? <Link href="/panel/inloggen">{t("toMine")}</Link> : null}
    </>
  );
}
