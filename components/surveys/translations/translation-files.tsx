import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type TranslationLocale, translationFileName } from "@/lib/surveys";

/** The files for translators: the Dutch source, the chosen language's file, and reading a file back in. */
export async function TranslationFiles({
  surveyId,
  slug,
  language,
  importable,
}: {
  surveyId: number;
  slug: string;
  language: TranslationLocale;
  importable: boolean;
}) {
  const t = await getTranslations("builder.translations");
  const base = `/beheer/surveys/${surveyId}/vertalingen`;
  const languageName = t(`languages.${language}`);
  return (
    <section aria-labelledby="translation-files-title">
      <h2 id="translation-files-title">{t("filesTitle")}</h2>
      <p>{t("filesIntro")}</p>
      <ul className="translation-files">
        <li>
          <a href={`${base}/bestand/nl`} download>
            {t("downloadSource", { file: translationFileName(slug, "nl") })}
          </a>
        </li>
        <li>
          <a href={`${base}/bestand/${language}`} download>
            {t("downloadLanguage", { language: languageName, file: translationFileName(slug, language) })}
          </a>
        </li>
        {importable ? (
          <li>
            <Link href={`${base}/importeren?taal=${language}`}>
              {t("importLink", { language: languageName })}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
