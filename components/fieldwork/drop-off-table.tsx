import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { ResponseMonitoring } from "@/lib/fieldwork";

/** Where unfinished responses are now, page by page, and how many reached the end. */
export async function DropOffTable({ dropOff }: { dropOff: ResponseMonitoring["dropOff"] }) {
  const [t, format] = await Promise.all([getTranslations("fieldwork.monitor"), getFormatter()]);
  return (
    <WideTable caption={t("dropOffCaption")} className="table fieldwork-table" data-testid="drop-off">
      <TableHead columns={[{ label: t("page") }, { label: t("stopped"), figure: true }]} />
      <tbody>
        {dropOff.pages.map((page, i) => (
          <tr key={page.pageId ?? "start"}>
            <th scope="row">
              {page.title
                ? `${i + 1}. ${page.title}`
                : page.pageId === null
                  ? t("noPage")
                  : t("otherPage", { id: page.pageId })}
            </th>
            <td className="num">{format.number(page.stopped)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("completedRow")}</th>
          <td className="num">{format.number(dropOff.completed)}</td>
        </tr>
      </tfoot>
    </WideTable>
  );
}
