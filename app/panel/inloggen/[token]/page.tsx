import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { openMemberLink } from "@/lib/panels";
import { signInWithLinkAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("panel.login");
  return { title: t("linkTitle") };
}

/**
 * The magic link. Opening it changes nothing (mail scanners open links too and would use up the
 * single-use token); the button signs in.
 */
export default async function MemberLoginLinkPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("panel.login");
  const link = await openMemberLink(token, "login");
  if (!link) {
    return (
      <>
        <h1>{t("linkInvalidTitle")}</h1>
        <p>{t("linkInvalid")}</p>
        <Link className="button" href="/panel/inloggen">
          {t("again")}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1>{t("linkTitle")}</h1>
      <p>{t("linkIntro", { name: link.panelName })}</p>
      <form action={signInWithLinkAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {t("linkSubmit")}
        </button>
      </form>
    </>
  );
}
