import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
    <nav className="mail-pagination" aria-label={t("pagination")}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)}>{t("previous")}</Link>
          </li>
        ) : null}
        <li aria-current="page">{t("pageOf", { page, pageCount })}</li>
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)}>{t("next")}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
