import { Pagination } from "@/components/layout/pagination";
import type { MemberFilter } from "@/lib/panels";

/** Previous / next page links that keep the filters. */
export function MemberPagination({
  panelId,
  filter,
  page,
  pageCount,
}: {
  panelId: number;
  filter: MemberFilter;
  page: number;
  pageCount: number;
}) {
  const href = (p: number) => {
    const params = new URLSearchParams();
    for (const key of ["q", "status", "district", "ageGroup", "sex"] as const) {
      const value = filter[key];
      if (value) params.set(key, value);
    }
    if (p > 1) params.set("page", String(p));
    const query = params.toString();
    return `/beheer/panels/${panelId}/leden${query ? `?${query}` : ""}`;
  };
  return (
    <Pagination
      className="panel-pagination"
      page={page}
      pageCount={pageCount}
      href={href}
      messages="panels.members"
    />
  );
}
