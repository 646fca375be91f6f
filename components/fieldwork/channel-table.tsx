import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { ResponseMonitoring } from "@/lib/fieldwork";

/** Invited, started and completed per channel (the open link, each panel) with the response rate. */
export async function ChannelTable({ monitoring }: { monitoring: ResponseMonitoring }) {
  const [t, format] = await Promise.all([getTranslations("fieldwork.monitor"), getFormatter()]);
  const n = (value: number | null) =>
    value === null ? <span className="muted">{t("notApplicable")}</span> : format.number(value);
  const percent = (value: number | null) =>
    value === null ? (
      <span className="muted">{t("notApplicable")}</span>
    ) : (
      format.number(value, { style: "percent", maximumFractionDigits: 1 })
    );
  const name = (row: ResponseMonitoring["channels"][number]) =>
    row.channel === "public"
      ? t("channelPublic")
      : row.channel === "staff"
        ? t("channelStaff")
        : row.panelName
          ? t("channelPanel", { name: row.panelName })
          : t("channelPanelGone");
  const { totals } = monitoring;
  return (
    <>
      <WideTable caption={t("channelsCaption")} className="table fieldwork-table" data-testid="channels">
        <TableHead
          columns={[
            { label: t("channel") },
            { label: t("invited"), figure: true },
            { label: t("started"), figure: true },
            { label: t("completed"), figure: true },
            { label: t("rate"), figure: true },
          ]}
        />
        <tbody>
          {monitoring.channels.map((row) => (
            <tr key={`${row.channel}-${row.panelId ?? ""}`}>
              <th scope="row">{name(row)}</th>
              <td className="num">{n(row.invited)}</td>
              <td className="num">{n(row.started)}</td>
              <td className="num">{n(row.completed)}</td>
              <td className="num">{percent(row.rate)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("total")}</th>
            <td className="num">{n(totals.invited)}</td>
            <td className="num">{n(totals.started)}</td>
            <td className="num">{n(totals.completed)}</td>
            <td className="num">{percent(totals.rate)}</td>
          </tr>
        </tfoot>
      </WideTable>
      <p>
        {totals.rate === null
          ? t("noInvitations")
          : t("rateSummary", {
              rate: format.number(totals.rate, { style: "percent", maximumFractionDigits: 1 }),
              completed: format.number(
                monitoring.channels.filter((c) => c.channel === "panel").reduce((s, c) => s + c.completed, 0),
              ),
              invited: format.number(totals.invited),
            })}
      </p>
    </>
  );
}
