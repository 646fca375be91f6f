import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type PanelSection, PanelSubnav } from "./panel-subnav";

/** Back link, the page title with the panel's name, and the panel's pages. */
export async function PanelPageHeader({
  panelId,
  panelName,
  title,
  current,
}: {
  panelId: number;
  panelName: string;
  title?: string;
  current: PanelSection;
}) {
  const t = await getTranslations("panels");
  return (
    <>
      <p>
        <Link href="/beheer/panels">{t("backToList")}</Link>
      </p>
      <h1>{title ? t("titleWithPanel", { title, panel: panelName }) : panelName}</h1>
      <PanelSubnav panelId={panelId} current={current} />
    </>
  );
}
