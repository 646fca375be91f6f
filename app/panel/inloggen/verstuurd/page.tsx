import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { MailSentNotice } from "@/components/panels/self-service/mail-sent-notice";

export const generateMetadata = pageTitle("panel.login", "sentTitle");

/** The same answer for every address: whether it is a member is not shown. */
export default async function LoginLinkSentPage() {
  const t = await getTranslations("panel.login");
  return (
    <MailSentNotice messages="panel.login">
      <p>
        <Link href="/panel/inloggen">{t("again")}</Link>
      </p>
    </MailSentNotice>
  );
}
