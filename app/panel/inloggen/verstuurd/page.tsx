import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("panel.login");
  return { title: t("sentTitle") };
}

/** The same answer for every address: whether it is a member is not shown. */
export default async function LoginLinkSentPage() {
  const t = await getTranslations("panel.login");
  return (
    <>
      <h1>{t("sentTitle")}</h1>
      <div className="alert alert--success" role="status">
        <p>{t("sentText")}</p>
      </div>
      <p>{t("sentNoMail")}</p>
      <p>
        <Link href="/panel/inloggen">{t("again")}</Link>
      </p>
    </>
  );
}
