import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { ConfirmMemberLink } from "@/components/panels/self-service/confirm-member-link";
import { signInWithLinkAction } from "./actions";

export const generateMetadata = pageTitle("panel.login", "linkTitle");

/**
 * The magic link. Opening it changes nothing (mail scanners open links too and would use up the
 * single-use token); the button signs in.
 */
export default async function MemberLoginLinkPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("panel.login");
  return (
    <ConfirmMemberLink
      token={token}
      purpose="login"
      messages="panel.login"
      keyPrefix="link"
      action={signInWithLinkAction}
      invalidActions={
        <Link className="button" href="/panel/inloggen">
          {t("again")}
        </Link>
      }
    />
  );
}
