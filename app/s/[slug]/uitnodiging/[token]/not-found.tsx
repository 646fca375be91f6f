import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function InvitationNotFound() {
  const t = await getTranslations("survey.start");
  return (
    <div className="container">
      <h1>{t("invitationInvalidTitle")}</h1>
      <p>{t("invitationInvalidText")}</p>
      <p>
        <Link href="/">{t("invitationInvalidHome")}</Link>
      </p>
    </div>
  );
}
