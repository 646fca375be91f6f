import { pageTitle } from "@/components/layout/page-title";
import { MailSentNotice } from "@/components/panels/self-service/mail-sent-notice";

export const generateMetadata = pageTitle("panel.signup", "sentTitle");

/** The same page after every sign-up, whoever the address belongs to (it reveals nothing). */
export default function SignupSentPage() {
  return <MailSentNotice messages="panel.signup" />;
}
