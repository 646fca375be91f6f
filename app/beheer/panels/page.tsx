import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { PanelTable } from "@/components/panels/panel-table";
import { can, gatePage } from "@/lib/accounts";
import { listPanels } from "@/lib/panels";

export const generateMetadata = pageTitle("panels.list");

/** The panels for staff: members per status, minimum age and invitation limit. */
export default async function PanelsPage() {
  await connection();
  const gate = await gatePage("panel:manage", "/beheer/panels");
  const [t, panels] = await Promise.all([getTranslations("panels.list"), listPanels()]);
  const role = gate.user.role;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {panels.length === 0 ? <p>{t("empty")}</p> : <PanelTable panels={panels} />}
      <h2>{t("moreTitle")}</h2>
      <ul>
        {can(role, "panel:districts") ? (
          <li>
            <Link href="/beheer/panels/wijken">{t("districtsLink")}</Link>
          </li>
        ) : null}
        {can(role, "population:edit") ? (
          <li>
            <Link href="/beheer/panels/bevolking">{t("populationLink")}</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
