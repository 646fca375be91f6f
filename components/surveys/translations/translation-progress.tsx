import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { LanguageProgress, TranslationLocale } from "@/lib/surveys";

/** Per language: texts translated and missing, whether residents can choose it, and a link to translate it. */
export async function TranslationProgress({
  surveyId,
  total,
  languages,
  chosen,
}: {
  surveyId: number;
  total: number;
  languages: LanguageProgress[];
  chosen: TranslationLocale;
}) {
  const [t, format] = await Promise.all([getTranslations("builder.translations"), getFormatter()]);
  return (
    <WideTable
      caption={t("overviewCaption", { total: format.number(total) })}
      className="table translation-progress"
      data-testid="translation-progress"
    >
      <TableHead
        columns={[
          { label: t("language") },
          { label: t("translated"), figure: true },
          { label: t("missing"), figure: true },
          { label: t("offered") },
        ]}
      />
      <tbody>
        {languages.map((row) => {
          const name = t(`languages.${row.language}`);
          return (
            <tr key={row.language} data-language={row.language}>
              <th scope="row">
                {row.language === chosen ? (
                  <Link
                    href={`/beheer/surveys/${surveyId}/vertalingen?taal=${row.language}`}
                    aria-current="page"
                  >
                    {t("chosenLanguage", { language: name })}
                  </Link>
                ) : (
                  <Link href={`/beheer/surveys/${surveyId}/vertalingen?taal=${row.language}`}>
                    {t("chooseLanguage", { language: name })}
                  </Link>
                )}
              </th>
              <td className="num">{format.number(row.translated)}</td>
              <td className="num">{format.number(row.missing)}</td>
              <td>{row.offered ? t("offeredYes") : t("offeredNo")}</td>
            </tr>
          );
        })}
      </tbody>
    </WideTable>
  );
}
