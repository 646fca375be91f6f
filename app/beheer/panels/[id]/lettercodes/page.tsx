import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { PanelPageHeader } from "@/components/panels/panel-page-header";
import { LetterCodeBatchForm } from "@/components/panels/self-service/letter-code-batch-form";
import { getFormatter } from "@/i18n/formatter";
import { gatePage } from "@/lib/accounts";
import { parseRouteId } from "@/lib/http/route-id";
import type { IdPageProps } from "@/lib/http/search-params";
import { getLetterCodePanel, listLetterCodeBatches } from "@/lib/panels";
import { createLetterCodeBatchAction } from "./actions";

export const generateMetadata = pageTitle("panel.letterCodes");

/** Letter codes of one panel: make a batch for a mailing, see how many were used, download the CSV. */
export default async function LetterCodesPage({ params, searchParams }: IdPageProps) {
  await connection();
  const { id } = await params;
  await gatePage("panel:manage", `/beheer/panels/${encodeURIComponent(id)}/lettercodes`);
  const panelId = parseRouteId(id);
  if (!panelId) notFound();
  const panel = await getLetterCodePanel(panelId);
  if (!panel) notFound();
  const [t, format, batches, query] = await Promise.all([
    getTranslations("panel.letterCodes"),
    getFormatter(),
    listLetterCodeBatches(panel.id),
    searchParams,
  ]);
  const made = batches.find((b) => String(b.id) === query.reeks);
  const csvHref = (batchId: number) => `/beheer/panels/${panel.id}/lettercodes/${batchId}/csv`;

  return (
    <>
      <PanelPageHeader panelId={panel.id} panelName={panel.name} title={t("title")} current="lettercodes" />
      <p>{t("intro")}</p>
      {made ? (
        <div className="alert alert--success" role="status">
          <p>{t("created", { count: made.size, id: made.id })}</p>
          <p>
            <a href={csvHref(made.id)} download>
              {t("downloadLabel", { id: made.id })}
            </a>
          </p>
        </div>
      ) : null}
      <LetterCodeBatchForm action={createLetterCodeBatchAction} panelId={panel.id} />
      <h2>{t("listTitle")}</h2>
      {batches.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <WideTable caption={t("caption")} className="table">
          <TableHead
            columns={[
              { label: t("batch") },
              { label: t("createdAt") },
              { label: t("createdBy") },
              { label: t("count"), figure: true },
              { label: t("used"), figure: true },
              { label: t("unused"), figure: true },
              { label: t("noteColumn") },
              { label: t("download") },
            ]}
          />
          <tbody>
            {batches.map((batch) => (
              <tr key={batch.id} data-batch-id={batch.id}>
                <th scope="row">{batch.id}</th>
                <td>{format.dateTime(batch.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{batch.createdBy ?? "–"}</td>
                <td className="num">{format.number(batch.size)}</td>
                <td className="num">{format.number(batch.used)}</td>
                <td className="num">{format.number(batch.size - batch.used)}</td>
                <td>{batch.note}</td>
                <td>
                  <a href={csvHref(batch.id)} download aria-label={t("downloadLabel", { id: batch.id })}>
                    {t("download")}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </WideTable>
      )}
    </>
  );
}
