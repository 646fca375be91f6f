import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { MemberFilters } from "@/components/panels/member-filters";
import { MemberPagination } from "@/components/panels/member-pagination";
import { MemberTable } from "@/components/panels/member-table";
import { PanelPageHeader } from "@/components/panels/panel-page-header";
import { getFormatter } from "@/i18n/formatter";
import type { IdPageProps } from "@/lib/http/search-params";
import { listMembers, memberDistricts, memberFilterSchema } from "@/lib/panels";
import { gatedPanel } from "../gated-panel";

export const generateMetadata = pageTitle("panels.members");

type Props = IdPageProps;

/** A panel's members, filtered and paged in the database (a panel can have 10,000+ members). */
export default async function PanelMembersPage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  const panel = await gatedPanel(id, "/leden");
  const filter = memberFilterSchema.parse(await searchParams);
  const [t, format, page, districts] = await Promise.all([
    getTranslations("panels.members"),
    getFormatter(),
    listMembers(panel.id, filter),
    memberDistricts(panel.id),
  ]);
  const filtered = Boolean(filter.q || filter.status || filter.district || filter.ageGroup || filter.sex);
  const caption = t(filtered ? "captionFiltered" : "caption", {
    total: format.number(page.total),
    page: page.page,
    pageCount: page.pageCount,
  });
  return (
    <>
      <PanelPageHeader panelId={panel.id} panelName={panel.name} title={t("title")} current="members" />
      <MemberFilters panelId={panel.id} filter={filter} districts={districts} />
      <p role="status">{t("found", { count: page.total, total: format.number(page.total) })}</p>
      {page.members.length === 0 ? (
        <p>{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <>
          <MemberTable panelId={panel.id} members={page.members} caption={caption} />
          <MemberPagination panelId={panel.id} filter={filter} page={page.page} pageCount={page.pageCount} />
        </>
      )}
    </>
  );
}
