import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("panel.emailConfirm");
  return { title: t("title") };
}

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
