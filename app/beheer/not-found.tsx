import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function StaffNotFound() {
  const t = await getTranslations("beheer.notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/beheer">{t("back")}</Link>
      </p>
    </>
  );
}
