import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { CompositionTable } from "@/lib/fieldwork";

/** Respondents against the invited panels and the population, one table per dimension. */
export async function CompositionTables({ tables }: { tables: CompositionTable[] }) {
  const [t, format] = await Promise.all([getTranslations("fieldwork.monitor"), getFormatter()]);
  const cell = (count: number | null, share: number | null) =>
    count === null ? (
      <span className="muted">{t("notApplicable")}</span>
    ) : (
      t("countAndShare", {
        count: format.number(count),
        share: share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 0 }),
      })
    );
  const categoryName = (table: CompositionTable, category: string | null) => {
    if (category === null) return t("unknown");
    if (table.dimension === "sex" && t.has(`sexes.${category}` as never))
      return t(`sexes.${category}` as never);
    return category;
  };
  return tables.map((table) => (
    <WideTable
      key={table.dimension}
      caption={t("compositionCaption", { dimension: t(`dimensions.${table.dimension}`) })}
      className="table fieldwork-table"
      data-testid={`composition-${table.dimension}`}
    >
      <TableHead
        columns={[
          { label: t(`dimensionHeader.${table.dimension}`) },
          { label: t("respondents"), figure: true },
          { label: t("panelMembers"), figure: true },
          { label: t("population"), figure: true },
        ]}
      />
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.category ?? "unknown"}>
            <th scope="row">{categoryName(table, row.category)}</th>
            <td className="num">{cell(row.respondents, row.respondentsShare)}</td>
            <td className="num">{cell(row.panel, row.panelShare)}</td>
            <td className="num">{cell(row.population, row.populationShare)}</td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  ));
}
