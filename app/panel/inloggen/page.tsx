import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { LoginRequestForm } from "@/components/panels/self-service/login-request-form";
import { getMemberSession } from "@/lib/panels";
import { requestLoginLinkAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("panel.login");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Members sign in with a link mailed to them: no password (and no account, unlike staff). */
export default async function MemberLoginPage({ searchParams }: { searchParams: SearchParams }) {
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
      {params.verlopen ? (
        <div className="alert alert--error" role="alert">
          <p>{t("expired")}</p>
        </div>
      ) : null}
      {params.uitgelogd ? (
        <div className="alert alert--success" role="status">
          <p>{t("loggedOut")}</p>
        </div>
      ) : null}
      <p>{t("intro")}</p>
      <LoginRequestForm action={requestLoginLinkAction} />
    </>
  );
}
