import "@/components/surveys/translations/translations.css";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { BuilderMessages } from "@/components/surveys/builder/builder-messages";
import { TranslationFiles } from "@/components/surveys/translations/translation-files";
import { TranslationForm } from "@/components/surveys/translations/translation-form";
import { translationLabel } from "@/components/surveys/translations/translation-label";
import { TranslationProgress } from "@/components/surveys/translations/translation-progress";
import { localeDirection } from "@/i18n/locales";
import type { IdPageProps } from "@/lib/http/search-params";
import { getSurveyTranslations, TRANSLATION_LOCALES, type TranslationLocale } from "@/lib/surveys";
import { gatedSurvey } from "../gated-survey";
import { saveTranslationsAction } from "./actions";

export const generateMetadata = pageTitle("builder.translations", "pageTitle");

const isTranslationLocale = (value: unknown): value is TranslationLocale =>
  typeof value === "string" && (TRANSLATION_LOCALES as readonly string[]).includes(value);

/**
 * A survey's translations (?taal=en|ar|tr|pl, English unless chosen): how far each language is,
 * the files for translators, and the chosen language's texts beside the Dutch source.
 */
export default async function TranslationsPage({ params, searchParams }: IdPageProps) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "survey:edit", "/vertalingen");
  const query = await searchParams;
  const language = isTranslationLocale(query.taal) ? query.taal : "en";
  const imported = typeof query.ingelezen === "string" ? Number.parseInt(query.ingelezen, 10) : Number.NaN;
  const survey = await getSurveyTranslations(surveyId, language);
  if (!survey) notFound();
  const t = await getTranslations("builder.translations");
  const tBuilder = await getTranslations("builder");
  const languageName = t(`languages.${language}`);
  const base = `/beheer/surveys/${survey.id}`;

  return (
    <BuilderMessages>
      <p>
        <Link href={base}>{tBuilder("common.backToSurvey")}</Link>
      </p>
      <h1>{t("title", { title: survey.title })}</h1>
      <p>{t("intro")}</p>
      {Number.isSafeInteger(imported) && imported >= 0 ? (
        <div className="alert alert--success" role="status">
          <p>{t("imported", { count: imported })}</p>
        </div>
      ) : null}
      {!survey.editable ? (
        <div className="alert">
          <p>{t("notEditable")}</p>
        </div>
      ) : survey.status === "open" ? (
        <p className="muted">{t("openNote")}</p>
      ) : null}

      <section aria-labelledby="translations-overview-title">
        <h2 id="translations-overview-title">{t("overviewTitle")}</h2>
        <TranslationProgress
          surveyId={survey.id}
          total={survey.total}
          languages={survey.languages}
          chosen={language}
        />
      </section>

      <TranslationFiles
        surveyId={survey.id}
        slug={survey.slug}
        language={language}
        importable={survey.editable}
      />

      <section aria-labelledby="translations-texts-title">
        <h2 id="translations-texts-title">{t("textsTitle", { language: languageName })}</h2>
        {survey.editable ? (
          <TranslationForm
            // A new form for each language and revision the page is opened at.
            key={language}
            surveyId={survey.id}
            revision={survey.revision}
            language={language}
            languageName={languageName}
            rows={survey.rows.map((row) => ({
              key: row.key,
              source: row.source,
              maxLength: row.maxLength,
              text: row.text,
              label: translationLabel(row.place, row.key, t),
            }))}
            action={saveTranslationsAction}
          />
        ) : (
          <dl className="translation-list">
            {survey.rows.map((row) => (
              <div key={row.key}>
                <dt>{translationLabel(row.place, row.key, t)}</dt>
                <dd lang="nl">{row.source}</dd>
                {row.text ? (
                  <dd lang={language} dir={localeDirection(language)}>
                    {row.text}
                  </dd>
                ) : (
                  <dd className="muted">{t("missingBadge")}</dd>
                )}
              </div>
            ))}
          </dl>
        )}
      </section>
    </BuilderMessages>
  );
}
