import { getTranslations } from "next-intl/server";
import { AccessibleChart } from "@/components/charts/accessible-chart";
import { getFormatter } from "@/i18n/formatter";
import type { DayCount } from "@/lib/fieldwork";

/** Completions per day: a bar chart, described in words, with every day's number in a table beside it. */
export async function CompletionsChart({ days }: { days: DayCount[] }) {
  const [t, format] = await Promise.all([getTranslations("fieldwork.monitor"), getFormatter()]);
  if (days.length === 0) return <p>{t("perDayEmpty")}</p>;
  // Noon UTC of the calendar day: the same date in Dutch time all year round.
  const label = (day: string) =>
    format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "short", day: "numeric", month: "short" });
  const top = days.reduce((best, d) => (d.completed > best.completed ? d : best), days[0]);
  const total = days.reduce((sum, d) => sum + d.completed, 0);
  return (
    <AccessibleChart
      id="completions"
      type="bar"
      caption={t("perDayCaption")}
      description={t("perDayChart", {
        from: label(days[0].day),
        to: label(days[days.length - 1].day),
        total: format.number(total),
        top: label(top.day),
        topCount: format.number(top.completed),
      })}
      labelHeader={t("day")}
      labels={days.map((d) => label(d.day))}
      series={[{ label: t("perDaySeries"), values: days.map((d) => d.completed) }]}
    />
  );
}
