import { Pagination } from "@/components/layout/pagination";
import type { MailStatus } from "@/lib/mail";

/** Previous / next page links that keep the status filter. */
export function MailPagination({
  page,
  pageCount,
  status,
}: {
  page: number;
  pageCount: number;
  status: MailStatus | undefined;
}) {
  const href = (p: number) => {
    const params = new URLSearchParams();
    if (status) params.set("status", status);
    if (p > 1) params.set("pagina", String(p));
    const query = params.toString();
    return query ? `/beheer/mail?${query}` : "/beheer/mail";
  };
  return (
    <Pagination
      className="mail-pagination"
      page={page}
      pageCount={pageCount}
      href={href}
      messages="mail.list"
    />
  );
}
