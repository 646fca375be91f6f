import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { StaffSurveyListItem } from "@/lib/surveys";

/** The staff overview of surveys: status and response counts, with the survey's page linked. */
export async function SurveyTable({ surveys }: { surveys: StaffSurveyListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("beheer.surveys"), getFormatter()]);
  if (surveys.length === 0) return <p>{t("empty")}</p>;
  return (
    <WideTable caption={t("caption")} className="table">
      <TableHead
        columns={[
          { label: t("colTitle") },
          { label: t("colStatus") },
          { label: t("colCompleted"), figure: true },
          { label: t("colInProgress"), figure: true },
        ]}
      />
      <tbody>
        {surveys.map((survey) => (
          <tr key={survey.id}>
            <th scope="row">
              <Link href={`/beheer/surveys/${survey.id}`}>{survey.title}</Link>
            </th>
            <td>
              <span className={`status status--${survey.status}`}>{t(`status.${survey.status}`)}</span>
            </td>
            <td className="num">{format.number(survey.completed)}</td>
            <td className="num">{format.number(survey.inProgress)}</td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
