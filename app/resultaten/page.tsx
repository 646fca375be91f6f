import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { getFormatter } from "@/i18n/formatter";
import { listPublishedResults } from "@/lib/results";

export const generateMetadata = pageTitle("publication.list");

/** Every survey whose results are public now, newest first. */
export default async function PublishedResultsListPage() {
  await connection();
  const [t, format] = await Promise.all([getTranslations("publication.list"), getFormatter()]);
  const publications = await listPublishedResults();
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {publications.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="card-list">
          {publications.map((p) => (
            <li key={p.slug} className="card">
              <h2>{p.title}</h2>
              <p className="muted">
                {t("facts", {
                  date: format.dateTime(p.publishedAt, { dateStyle: "long", timeZone: "Europe/Amsterdam" }),
                  count: p.respondents,
                  respondents: format.number(p.respondents),
                })}
              </p>
              {p.summary ? <p>{firstParagraph(p.summary)}</p> : null}
              <Link href={`/resultaten/${p.slug}`}>
                {t("link")}
                <span className="visually-hidden">: {p.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0]?.trim() ?? "";
}
