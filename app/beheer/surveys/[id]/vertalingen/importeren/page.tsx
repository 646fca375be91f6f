import "@/components/surveys/translations/translations.css";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { BuilderMessages } from "@/components/surveys/builder/builder-messages";
import { TranslationImport } from "@/components/surveys/translations/translation-import";
import type { IdPageProps } from "@/lib/http/search-params";
import {
  getSurveyTranslations,
  TRANSLATION_LOCALES,
  type TranslationLocale,
  translationFileName,
} from "@/lib/surveys";
import { gatedSurvey } from "../../gated-survey";
import { previewTranslationImportAction, saveTranslationsAction } from "../actions";

export const generateMetadata = pageTitle("builder.translations.import", "pageTitle");

const isTranslationLocale = (value: unknown): value is TranslationLocale =>
  typeof value === "string" && (TRANSLATION_LOCALES as readonly string[]).includes(value);

/** Reading a translation file back in (?taal= preselects the language): checked, previewed, then saved. */
export default async function TranslationImportPage({ params, searchParams }: IdPageProps) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "survey:edit", "/vertalingen/importeren");
  const query = await searchParams;
  const language = isTranslationLocale(query.taal) ? query.taal : "en";
  const survey = await getSurveyTranslations(surveyId, language);
  if (!survey?.editable) notFound();
  const t = await getTranslations("builder.translations");
  return (
    <BuilderMessages>
      <p>
        <Link href={`/beheer/surveys/${survey.id}/vertalingen?taal=${language}`}>{t("import.back")}</Link>
      </p>
      <h1>{t("import.title", { title: survey.title })}</h1>
      <p>{t("import.intro", { example: translationFileName(survey.slug, language) })}</p>
      <TranslationImport
        surveyId={survey.id}
        language={language}
        checkAction={previewTranslationImportAction}
        saveAction={saveTranslationsAction}
      />
    </BuilderMessages>
  );
}
