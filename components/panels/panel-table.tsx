import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { PanelListItem } from "@/lib/panels";

/** The panels with their member counts; the name links to the panel's page. */
export async function PanelTable({ panels }: { panels: PanelListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("panels.list"), getFormatter()]);
  const n = (value: number) => format.number(value);
  return (
    <WideTable caption={t("caption", { count: panels.length })} className="table panel-table">
      <TableHead
        columns={[
          { label: t("name") },
          { label: t("active"), figure: true },
          { label: t("paused"), figure: true },
          { label: t("left"), figure: true },
          { label: t("minAge"), figure: true },
          { label: t("limit"), figure: true },
        ]}
      />
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
    </WideTable>
  );
}
