import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { PublicationView } from "@/components/results/publication/publication-view";
import { getFormatter } from "@/i18n/formatter";
import { getPublishedResults, isPublicDimension } from "@/lib/results";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params) {
  await connection();
  const { slug } = await params;
  const snapshot = await getPublishedResults(slug);
  const t = await getTranslations("publication.page");
  return { title: snapshot ? t("title", { survey: snapshot.survey.title }) : t("notFound") };
}

/**
 * A survey's published results, public and without login: exactly the stored snapshot. A survey
 * that is open, not published, withdrawn or unknown has no results page (404). The breakdown
 * lives in the address (?uitsplitsing=wijk…), one dimension at a time.
 */
export default async function PublishedResultsPage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ uitsplitsing?: string | string[] }> }) {
  await connection();
  const { slug } = await params;
  const snapshot = await getPublishedResults(slug);
  if (!snapshot) notFound();
  const { uitsplitsing } = await searchParams;
  const breakdown = typeof uitsplitsing === "string" && isPublicDimension(uitsplitsing) ? uitsplitsing : null;
  const [t, format] = await Promise.all([getTranslations("publication.page"), getFormatter()]);
  return (
    <div className="container container--wide">
      <h1>{t("heading", { survey: snapshot.survey.title })}</h1>
      <p className="publication-meta">
        {t("publishedAt", {
          date: format.dateTime(new Date(snapshot.publishedAt), {
            dateStyle: "long",
            timeZone: "Europe/Amsterdam",
          }),
        })}
      </p>
      <PublicationView
        snapshot={snapshot}
        breakdown={breakdown}
        formAction={`/resultaten/${snapshot.survey.slug}`}
      />
    </div>
  );
}
