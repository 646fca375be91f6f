import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PanelListItem } from "@/lib/panels";

/** The panels with their member counts; the name links to the panel's page. */
export async function PanelTable({ panels }: { panels: PanelListItem[] }) {
  const t = await getTranslations("panels.list");
  const n = (value: number) => value.toLocaleString("nl-NL");
  return (
    <table className="table panel-table">
      <caption>{t("caption", { count: panels.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col" className="num">
            {t("active")}
          </th>
          <th scope="col" className="num">
            {t("paused")}
          </th>
          <th scope="col" className="num">
            {t("left")}
          </th>
          <th scope="col" className="num">
            {t("minAge")}
          </th>
          <th scope="col" className="num">
            {t("limit")}
          </th>
        </tr>
      </thead>
      <tbody>
        {panels.map((panel) => (
          <tr key={panel.id}>
            <th scope="row">
              <Link href={`/beheer/panels/${panel.id}`}>{panel.name}</Link>
            </th>
            <td className="num">{n(panel.members.active)}</td>
            <td className="num">{n(panel.members.paused)}</td>
            <td className="num">{n(panel.members.left)}</td>
            <td className="num">{t("years", { age: panel.minAge })}</td>
            <td className="num">{t("perYear", { count: panel.maxInvitationsPerYear })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
