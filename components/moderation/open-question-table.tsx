import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WideTable } from "@/components/layout/wide-table";
import { type ModerationOverview, queueHref } from "@/lib/moderation";

/** Every open question of a survey with its counts per status; each question links to its queue. */
export async function OpenQuestionTable({ overview }: { overview: ModerationOverview }) {
  const t = await getTranslations("moderation");
  if (overview.questions.length === 0) return <p>{t("overview.none")}</p>;
  const columns = ["pending", "approved", "rejected", "quotes"] as const;
  return (
    <WideTable caption={t("overview.caption")} className="table moderation-table">
      <thead>
        <tr>
          <th scope="col">{t("overview.question")}</th>
          <th scope="col">{t("overview.kind")}</th>
          {columns.map((column) => (
            <th scope="col" key={column} className="moderation-table__count">
              {t(`statuses.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {overview.questions.map((question) => (
          <tr key={question.id}>
            <th scope="row">
              <Link href={queueHref(overview.survey.id, question.id)}>{question.text}</Link>
            </th>
            <td>{t(`kinds.${question.kind}`)}</td>
            {columns.map((column) => (
              <td key={column} className="moderation-table__count">
                {question[column]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
