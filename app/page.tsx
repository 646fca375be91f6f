import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { contentLanguageProps } from "@/components/text/content-language";
import { getFormatter } from "@/i18n/formatter";
import type { Locale } from "@/i18n/locales";
import { listOpenSurveys } from "@/lib/surveys";

export default async function HomePage() {
  await connection();
  const t = await getTranslations("pages.home");
  const tPanel = await getTranslations("panel.homeSection");
  const tResults = await getTranslations("publication.home");
  const format = await getFormatter();
  const surveys = await listOpenSurveys();
  const locale = (await getLocale()) as Locale;
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("openTitle")}</h2>
      {surveys.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="card-list">
          {surveys.map((s) => (
            <li key={s.slug} className="card">
              <h3 {...contentLanguageProps(s.language, locale)}>{s.title}</h3>
              <p {...contentLanguageProps(s.language, locale)}>{firstParagraph(s.intro)}</p>
              {s.closesAt ? (
                <p className="muted">
                  {t("closesAt", { date: format.dateTime(s.closesAt, { dateStyle: "long" }) })}
                </p>
              ) : null}
              <Link className="button" href={`/s/${s.slug}`}>
                {t("answer")}
                {/* The visible text starts the accessible name; the title tells the links apart. */}
                <span className="visually-hidden">
                  : <span {...contentLanguageProps(s.language, locale)}>{s.title}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="home-results">
        <h2 id="home-results">{tResults("title")}</h2>
        <p>{tResults("text")}</p>
        <p>
          <Link href="/resultaten">{tResults("link")}</Link>
        </p>
      </section>
      <section aria-labelledby="home-panel">
        <h2 id="home-panel">{tPanel("title")}</h2>
        <p>{tPanel("text")}</p>
        <p>
          <Link href="/panel">{tPanel("link")}</Link>
        </p>
      </section>
    </div>
  );
}

function firstParagraph(text: string): string {
  return text.split(/\n\s*\n/)[0]?.trim() ?? "";
}
