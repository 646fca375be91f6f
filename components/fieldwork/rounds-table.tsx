import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { RoundRow } from "@/lib/fieldwork";

/** The rounds of invitations sent for a survey, newest first, with their reminder progress. */
export async function RoundsTable({ rounds }: { rounds: RoundRow[] }) {
  const [t, tm, format] = await Promise.all([
    getTranslations("fieldwork.rounds"),
    getTranslations("fieldwork.preview.methods"),
    getFormatter(),
  ]);
  if (rounds.length === 0) return <p>{t("empty")}</p>;
  return (
    <WideTable caption={t("caption")} className="table fieldwork-table" data-testid="rounds">
      <TableHead
        columns={[
          { label: t("date") },
          { label: t("panel") },
          { label: t("method") },
          { label: t("invited"), figure: true },
          { label: t("reminders") },
        ]}
      />
      <tbody>
        {rounds.map((round) => (
          <tr key={round.id}>
            <td>{format.dateTime(round.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            <td>{round.panelName}</td>
            <td>
              {round.n === null
                ? tm(round.method)
                : t("methodWithSize", { method: tm(round.method), n: format.number(round.n) })}
            </td>
            <td className="num">{format.number(round.invited)}</td>
            <td>
              {round.reminderDays.length === 0
                ? t("noReminders")
                : t("remindersValue", {
                    sent: round.remindersSent,
                    total: round.reminderDays.length,
                    days: format.list(round.reminderDays.map(String), { type: "conjunction" }),
                  })}
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
