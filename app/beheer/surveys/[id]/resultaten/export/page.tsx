import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { effectiveMinCellSize, getResultSettings } from "@/lib/results";
import { gatedSurvey } from "../../gated-survey";

export const generateMetadata = pageTitle("results.export", "pageTitle");

/**
 * Staff download microdata for analysis elsewhere: a plain form (works without JavaScript)
 * posting to ./bestand, which sends the file. Two files, chosen explicitly and labelled so they
 * cannot be mistaken: the k-anonymous file for publication (chosen unless staff pick the other),
 * and the internal research file that must not be published.
 */
export default async function MicrodataExportPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { surveyId, path } = await gatedSurvey(id, "results:export", "/resultaten/export");
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
        <li>{t("holds.audit")}</li>
      </ul>
      <form method="post" action={`${path}/bestand`} className="results-export-form">
        <fieldset className="field">
          <legend>{t("kind")}</legend>
          <div className="choice">
            <input
              type="radio"
              id="export-kind-publication"
              name="forPublication"
              value="1"
              defaultChecked
              aria-describedby="export-kind-publication-help"
            />
            <label htmlFor="export-kind-publication">{t("kinds.publication.label")}</label>
          </div>
          <p className="field__help" id="export-kind-publication-help">
            {t("kinds.publication.help", { k: effectiveMinCellSize(settings.minCellSize) })}
          </p>
          <div className="choice">
            <input
              type="radio"
              id="export-kind-internal"
              name="forPublication"
              value="0"
              aria-describedby="export-kind-internal-help"
            />
            <label htmlFor="export-kind-internal">{t("kinds.internal.label")}</label>
          </div>
          <p className="field__help" id="export-kind-internal-help">
            {t("kinds.internal.help")}
          </p>
        </fieldset>
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
        <button type="submit" className="button">
          {t("download")}
        </button>
      </form>
    </>
  );
}
