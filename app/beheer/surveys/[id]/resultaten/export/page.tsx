import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { gatePage } from "@/lib/auth/page-gate";
import { getResultSettings } from "@/lib/data/result-settings";

export async function generateMetadata() {
  const t = await getTranslations("results.export");
  return { title: t("pageTitle") };
}

/**
 * Staff download anonymized microdata for analysis elsewhere: a plain form (works without
 * JavaScript) posting to ./bestand, which sends the file. What the file holds, and what "for
 * publication" blanks, is said before anyone downloads.
 */
export default async function MicrodataExportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const path = `/beheer/surveys/${encodeURIComponent(id)}/resultaten/export`;
  await gatePage("results:export", path);
  const surveyId = /^\d{1,9}$/.test(id) ? Number(id) : undefined;
  if (!surveyId) notFound();
  const [settings, t] = await Promise.all([getResultSettings(surveyId), getTranslations("results.export")]);
  if (!settings) notFound();
  return (
    <>
      <h1>{t("title", { title: settings.surveyTitle })}</h1>
      <p>{t("intro")}</p>
      <ul>
        <li>{t("holds.rows")}</li>
        <li>{t("holds.attributes")}</li>
        <li>{t("holds.answers")}</li>
        <li>{t("holds.open")}</li>
        <li>{t("holds.audit")}</li>
      </ul>
      <form method="post" action={`${path}/bestand`} className="results-export-form">
        <fieldset className="field">
          <legend>{t("format")}</legend>
          <div className="choice">
            <input type="radio" id="export-format-csv" name="format" value="csv" defaultChecked />
            <label htmlFor="export-format-csv">{t("formats.csv")}</label>
          </div>
          <div className="choice">
            <input type="radio" id="export-format-xlsx" name="format" value="xlsx" />
            <label htmlFor="export-format-xlsx">{t("formats.xlsx")}</label>
          </div>
        </fieldset>
        <div className="field">
          <div className="choice">
            <input
              type="checkbox"
              id="export-publication"
              name="forPublication"
              value="1"
              aria-describedby="export-publication-help"
            />
            <label htmlFor="export-publication">{t("forPublication")}</label>
          </div>
          <p className="field__help" id="export-publication-help">
            {t("forPublicationHelp", { k: settings.minCellSize })}
          </p>
        </div>
        <button type="submit" className="button">
          {t("download")}
        </button>
      </form>
    </>
  );
}
