import { getTranslations } from "next-intl/server";
import { MailSentNotice } from "@/components/panels/self-service/mail-sent-notice";

export async function generateMetadata() {
  const t = await getTranslations("panel.signup");
  return { title: t("sentTitle") };
}

/** The same page after every sign-up, whoever the address belongs to (it reveals nothing). */
export default function SignupSentPage() {
  return <MailSentNotice messages="panel.signup" />;
}
