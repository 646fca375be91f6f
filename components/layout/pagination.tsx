import Link from "next/link";
import { getTranslations } from "next-intl/server";
import "./pagination.css";

/**
 * Previous / next links around "page 2 of 5", for a list split into pages (a server component);
 * nothing for a list of one page. `href` gives the address of a page, with the list's filters
 * kept; `messages` holds the list's pagination, previous, next and pageOf texts.
 */
export async function Pagination({
  className,
  page,
  pageCount,
  href,
  messages,
}: {
  /** The list's own class, beside the shared one. */
  className: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  messages: "mail.list" | "panels.members" | "moderation.queue";
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations(messages);
  return (
    <nav className={`pagination ${className}`} aria-label={t("pagination")}>
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
