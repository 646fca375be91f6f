import Link from "next/link";

/**
 * Previous / next links around "page 2 of 5", for a list split into pages (a server component).
 * `href` gives the address of a page, with the list's filters kept; the texts come from the list.
 */
export function Pagination({
  className,
  page,
  pageCount,
  href,
  texts,
}: {
  className: string;
  page: number;
  pageCount: number;
  href: (page: number) => string;
  texts: { label: string; previous: string; next: string; current: string };
}) {
  return (
    <nav className={className} aria-label={texts.label}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)}>{texts.previous}</Link>
          </li>
        ) : null}
        <li aria-current="page">{texts.current}</li>
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)}>{texts.next}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
