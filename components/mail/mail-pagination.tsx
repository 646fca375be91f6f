import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/layout/pagination";
import type { MailStatus } from "@/lib/mail";

/** Previous / next page links that keep the status filter. */
export async function MailPagination({
  page,
  pageCount,
  status,
}: {
  page: number;
  pageCount: number;
  status: MailStatus | undefined;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("mail.list");
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
      texts={{
        label: t("pagination"),
        previous: t("previous"),
        next: t("next"),
        current: t("pageOf", { page, pageCount }),
      }}
    />
  );
}
