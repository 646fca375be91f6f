"use client";

import { useTranslations } from "next-intl";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import type { RowError } from "@/lib/panels/client";

/** The rows with errors: row number as the spreadsheet shows it, the column, and what to fix. */
export function ImportErrorTable({ errors, errorCount }: { errors: RowError[]; errorCount: number }) {
  const t = useTranslations("panels.import");
  return (
    <>
      <WideTable
        caption={t("errorsCaption", { count: errorCount })}
        className="table panel-table"
        data-table="import-errors"
      >
        <TableHead
          columns={[
            { label: t("row"), figure: true },
            { label: t("column") },
            { label: t("problem") },
            { label: t("value") },
          ]}
        />
        <tbody>
          {errors.map((error) => (
            <tr key={`${error.row}-${error.field}-${error.code}`}>
              <td className="num">{error.row}</td>
              <td>{error.field}</td>
              <td>
                {t(`errors.${error.code}`, {
                  minAge: error.params?.minAge ?? 0,
                  firstRow: error.params?.firstRow ?? 0,
                })}
              </td>
              <td>{error.value || t("emptyValue")}</td>
            </tr>
          ))}
        </tbody>
      </WideTable>
      {errorCount > errors.length ? (
        <p>{t("moreErrors", { shown: errors.length, count: errorCount })}</p>
      ) : null}
    </>
  );
}
