import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { contentLanguageProps } from "@/components/text/content-language";
import { Paragraphs } from "@/components/text/paragraphs";
import { getFormatter } from "@/i18n/formatter";
import type { Locale } from "@/i18n/locales";
import { VIA_PANEL } from "@/lib/responses";
import { findSurveyForRespondent } from "@/lib/surveys";

type Params = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ via?: string; kopie?: string }>;
};

export const generateMetadata = pageTitle("survey.done");

/**
 * The closing page. It identifies no response: the browser's link to the answers is already gone.
 * What it knows of the response it was told in the address by the send step (lib/responses/data/
 * send-response.ts): whether the answers came through a panel invitation (then the resident is
 * already in the panel and is not invited to join) and whether a copy was asked for.
 */
export default async function SurveyDonePage({ params, searchParams }: Params) {
  const { slug } = await params;
  const lookup = await findSurveyForRespondent(slug);
  if (lookup.state === "unknown") notFound();
  const query = await searchParams;
  const [t, format] = await Promise.all([getTranslations("survey.done"), getFormatter()]);
  const survey = lookup.state === "open" ? lookup.survey : null;
  const resultsPath = `/resultaten/${slug}`;
  const expected = survey?.resultsExpectedOn
    ? format.dateTime(new Date(`${survey.resultsExpectedOn}T12:00:00Z`), {
        dateStyle: "long",
        timeZone: "Europe/Amsterdam",
      })
    : null;
  return (
    <div className="container">
      <Notice tone="success">{t("sent")}</Notice>
      <h1>{t("title")}</h1>
      {survey ? (
        // A survey not translated into the page's language is shown in Dutch, marked as such.
        <div {...contentLanguageProps(survey.language, (await getLocale()) as Locale)}>
          <Paragraphs text={survey.definition.closing} />
        </div>
      ) : null}
      <p>{query.kopie === "1" ? t("copySent") : t("copyNone")}</p>
      <section aria-labelledby="uitkomsten-titel">
        <h2 id="uitkomsten-titel">{t("resultsTitle")}</h2>
        <p>{expected ? t("resultsOn", { date: expected }) : t("resultsLater")}</p>
        <p>
          {t.rich("resultsLink", {
            survey: survey?.title ?? slug,
            link: (chunks) => <Link href={resultsPath}>{chunks}</Link>,
          })}
        </p>
      </section>
      {query.via === VIA_PANEL ? null : (
        <section aria-labelledby="panel-titel">
          <h2 id="panel-titel">{t("panelTitle")}</h2>
          <p>{t("panelText")}</p>
          <p>
            <Link href="/panel/aanmelden">{t("panelLink")}</Link>
          </p>
        </section>
      )}
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
