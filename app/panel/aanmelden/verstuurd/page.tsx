import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("panel.signup");
  return { title: t("sentTitle") };
}

/** The same page after every sign-up, whoever the address belongs to (it reveals nothing). */
export default async function SignupSentPage() {
  const t = await getTranslations("panel.signup");
  return (
    <>
      <h1>{t("sentTitle")}</h1>
      <div className="alert alert--success" role="status">
        <p>{t("sentText")}</p>
      </div>
      <p>{t("sentNoMail")}</p>
    </>
  );
}
