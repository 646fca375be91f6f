import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { ConfirmMemberLink } from "@/components/panels/self-service/confirm-member-link";
import { confirmSignupAction } from "./actions";

export const generateMetadata = pageTitle("panel.confirm");

/** The double opt-in link; the button (not the opening) confirms the sign-up. */
export default async function ConfirmSignupPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("panel.confirm");
  return (
    <ConfirmMemberLink
      token={token}
      purpose="confirm_signup"
      messages="panel.confirm"
      action={confirmSignupAction}
      invalidActions={
        <div className="button-row">
          <Link className="button" href="/panel/inloggen">
            {t("toLogin")}
          </Link>
          <Link className="button button--secondary" href="/panel">
            {t("toSignup")}
          </Link>
        </div>
      }
    />
  );
}
