import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { Paragraphs } from "@/components/text/paragraphs";
import { listPublicPanels } from "@/lib/panels";

export const generateMetadata = pageTitle("panel.home");

/** What the panels are, each with its way in, and the way to Mijn panel for members. */
export default async function PanelHomePage() {
  await connection();
  const t = await getTranslations("panel.home");
  const panels = await listPublicPanels();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("whatTitle")}</h2>
      <p>{t("what")}</p>
      <h2>{t("panelsTitle")}</h2>
      {panels.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="card-list">
          {panels.map((panel) => (
            <li key={panel.slug} className="card">
              <h3>{panel.name}</h3>
              <Paragraphs text={panel.description} />
              <p className="muted">{t("minAge", { age: panel.minAge })}</p>
              <Link
                className="button"
                href={`/panel/aanmelden?${new URLSearchParams({ panel: panel.slug })}`}
              >
                {t("join")}
                <span className="visually-hidden">: {panel.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("memberTitle")}</h2>
      <p>{t("memberText")}</p>
      <p>
        <Link href="/panel/inloggen">{t("memberLink")}</Link>
      </p>
    </>
  );
}
