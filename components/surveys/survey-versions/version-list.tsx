import "../survey-lifecycle/survey-overview.css";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { SurveyVersionListItem } from "@/lib/surveys";

/** The versions of a survey, newest first: who made each, whether it is frozen, what it was used for. */
export async function VersionList({ versions }: { versions: SurveyVersionListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("lifecycle.versions"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  return (
    <WideTable caption={t("caption")} className="table">
      <TableHead
        columns={[
          { label: t("colNumber") },
          { label: t("colCreated") },
          { label: t("colState") },
          { label: t("colUse") },
          { label: t("colResponses"), figure: true },
        ]}
      />
      <tbody>
        {versions.map((version) => {
          const uses = [
            ...version.sharedAt.map((at) => t("shared", { date: date(at) })),
            ...(version.opened ? [t("opened")] : []),
          ];
          return (
            <tr key={version.id} data-version={version.number}>
              <th scope="row">
                {t("number", { number: version.number })}
                {version.isCurrent ? (
                  <>
                    <br />
                    <span className="muted">{t("current")}</span>
                  </>
                ) : null}
              </th>
              <td>
                {version.createdByName
                  ? t("createdBy", { date: date(version.createdAt), name: version.createdByName })
                  : date(version.createdAt)}
              </td>
              <td>{version.frozenAt ? t("frozen", { date: date(version.frozenAt) }) : t("draft")}</td>
              <td>
                {uses.length === 0 ? (
                  t("unused")
                ) : (
                  <ul className="plain-list">
                    {uses.map((use) => (
                      <li key={use}>{use}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="num">{format.number(version.responses)}</td>
            </tr>
          );
        })}
      </tbody>
    </WideTable>
  );
}
