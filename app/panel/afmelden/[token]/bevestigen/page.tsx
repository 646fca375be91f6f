import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { findUnsubscribeTarget } from "@/lib/panels";

export const generateMetadata = pageTitle("panel.unsubscribe");

/**
 * Where the unsubscribe link leads a person: what it will do, and a button. The form posts to the
 * link itself (the route handler), so it works without JavaScript and without a session.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const t = await getTranslations("panel.unsubscribe");
  const target = await findUnsubscribeTarget(token);
  if (!target) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalid")}</p>
        <Link className="button" href="/panel/inloggen">
          {t("toMine")}
        </Link>
      </>
    );
  }
  // The same page whether the member is active or already paused (lib/panels/data/member-unsubscribe.ts):
  // whoever holds an old mail learns nothing about what the member did since.
  const name = target.panelName;
  const pending = target.kind === "signup";
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{pending ? t("pendingIntro", { name }) : t("intro", { name })}</p>
      <p>{pending ? t("pendingExplain") : t("explain")}</p>
      <form method="post" action={`/panel/afmelden/${encodeURIComponent(token)}`}>
        <button type="submit" className="button">
          {pending ? t("pendingSubmit") : t("submit")}
        </button>
      </form>
    </>
  );
}
