import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { guardedTokenLookup, peekMemberLink } from "@/lib/panels";
import { confirmEmailChangeAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("panel.emailConfirm");
  return { title: t("title") };
}

/** The link mailed to a member's new address; the button (not the opening) confirms it. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("panel.emailConfirm");
  const link = await guardedTokenLookup(token, (value) => peekMemberLink(value, "change_email"));
  if (!link) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalid")}</p>
        <Link className="button" href="/panel/inloggen">
          {(await getTranslations("panel.login"))("title")}
        </Link>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { name: link.panelName })}</p>
      <form action={confirmEmailChangeAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
    </>
  );
}
