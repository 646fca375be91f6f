import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { getFormatter } from "@/i18n/formatter";
import type { ResponseMonitoring } from "@/lib/fieldwork";

/**
 * Completed responses per language the survey was shown in, with each language's share. For staff
 * while the survey is in the field; the published results never show it (see ARCHITECTURE.md).
 */
export async function LanguageTable({ languages }: { languages: ResponseMonitoring["languages"] }) {
  const [t, format] = await Promise.all([getTranslations("fieldwork.monitor"), getFormatter()]);
  const total = languages.reduce((sum, row) => sum + row.completed, 0);
  if (total === 0) return <p>{t("perDayEmpty")}</p>;
  return (
    <table className="table fieldwork-table" data-testid="languages">
      <caption>{t("languagesCaption")}</caption>
      <TableHead columns={[{ label: t("languageColumn") }, { label: t("completed"), figure: true }]} />
      <tbody>
        {languages.map((row) => (
          <tr key={row.language ?? "unknown"} data-language={row.language ?? "unknown"}>
            <th scope="row">{row.language ? t(`languageNames.${row.language}`) : t("languageUnknown")}</th>
            <td className="num">
              {t("countAndShare", {
                count: format.number(row.completed),
                share: format.number(row.completed / total, { style: "percent", maximumFractionDigits: 0 }),
              })}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("total")}</th>
          <td className="num">{format.number(total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
