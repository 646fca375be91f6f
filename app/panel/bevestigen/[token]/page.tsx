import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { guardedTokenLookup, peekMemberLink } from "@/lib/panels";
import { confirmSignupAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("panel.confirm");
  return { title: t("title") };
}

/**
 * The double opt-in link. Opening it changes nothing: mail scanners open links too, and would
 * otherwise confirm sign-ups (and use up the token) on their own. The button confirms.
 */
export default async function ConfirmSignupPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("panel.confirm");
  const link = await guardedTokenLookup(token, (value) => peekMemberLink(value, "confirm_signup"));
  if (!link) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalid")}</p>
        <div className="button-row">
          <Link className="button" href="/panel/inloggen">
            {t("toLogin")}
          </Link>
          <Link className="button button--secondary" href="/panel">
            {t("toSignup")}
          </Link>
        </div>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { name: link.panelName })}</p>
      <form action={confirmSignupAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
    </>
  );
}
