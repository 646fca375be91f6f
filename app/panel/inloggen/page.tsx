import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { LoginRequestForm } from "@/components/panels/self-service/login-request-form";
import type { SearchParams } from "@/lib/http/search-params";
import { getMemberSession } from "@/lib/panels";
import { requestLoginLinkAction } from "./actions";

export const generateMetadata = pageTitle("panel.login");

/** Members sign in with a link mailed to them: no password (and no account, unlike staff). */
export default async function MemberLoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const t = await getTranslations("panel.login");
  if (await getMemberSession()) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("alreadyIn")}</p>
        <Link className="button" href="/panel/mijn">
          {t("toMine")}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      {params.verlopen ? <Notice tone="error">{t("expired")}</Notice> : null}
      {params.uitgelogd ? <Notice tone="success">{t("loggedOut")}</Notice> : null}
      <p>{t("intro")}</p>
      <LoginRequestForm action={requestLoginLinkAction} />
    </>
  );
}
