import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { ConfirmMemberLink } from "@/components/panels/self-service/confirm-member-link";
import { confirmEmailChangeAction } from "./actions";

export const generateMetadata = pageTitle("panel.emailConfirm");

/** The link mailed to a member's new address; the button (not the opening) confirms it. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const tLogin = await getTranslations("panel.login");
  return (
    <ConfirmMemberLink
      token={token}
      purpose="change_email"
      messages="panel.emailConfirm"
      action={confirmEmailChangeAction}
      invalidActions={
        <Link className="button" href="/panel/inloggen">
          {tLogin("title")}
        </Link>
      }
    />
  );
}
