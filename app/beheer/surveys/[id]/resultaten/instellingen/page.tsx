import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { ResultSettingsForm } from "@/components/results/result-settings-form";
import { getFormatter } from "@/i18n/formatter";
import { can } from "@/lib/accounts";
import { getResultSettings } from "@/lib/results";
import { gatedSurvey } from "../../gated-survey";
import { saveResultSettingsAction } from "./actions";

export const generateMetadata = pageTitle("results.settings", "pageTitle");

/**
 * The analysis settings of a survey's results: the disclosure threshold k (every published cell
 * and group counts at least k people) and weighting by raking with its trim bounds. Staff who
 * may publish change them; others see them.
 */
export default async function ResultSettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ opgeslagen?: string | string[] }>;
}) {
  await connection();
  const { id } = await params;
  const { gate, surveyId } = await gatedSurvey(id, "response:read", "/resultaten/instellingen");
  const [settings, t, format, query] = await Promise.all([
    getResultSettings(surveyId),
    getTranslations("results.settings"),
    getFormatter(),
    searchParams,
  ]);
  if (!settings) notFound();
  const saved = query.opgeslagen;
  return (
    <>
      <h1>{t("title", { title: settings.surveyTitle })}</h1>
      {saved === "ja" || saved === "ongewijzigd" ? (
        <Notice tone="success">{saved === "ja" ? t("saved") : t("unchanged")}</Notice>
      ) : null}
      <p>{t("intro")}</p>
      <p>
        {settings.updatedAt
          ? t("updated", {
              name: settings.updatedByName ?? t("unknownUser"),
              at: format.dateTime(settings.updatedAt, { dateStyle: "long", timeStyle: "short" }),
            })
          : t("defaults")}
      </p>
      {can(gate.user.role, "survey:publish") ? (
        <ClientMessages namespaces={["auth", "results"]}>
          <ResultSettingsForm
            action={saveResultSettingsAction}
            surveyId={settings.surveyId}
            values={{
              minCellSize: String(settings.minCellSize),
              minMeanGroup: String(settings.minMeanGroup),
              weighting: settings.weighting,
              trimLow: format.number(settings.trimLow),
              trimHigh: format.number(settings.trimHigh),
            }}
          />
        </ClientMessages>
      ) : (
        <dl>
          <dt>{t("k")}</dt>
          <dd>{settings.minCellSize}</dd>
          <dt>{t("meanGroup")}</dt>
          <dd>{settings.minMeanGroup}</dd>
          <dt>{t("weighting")}</dt>
          <dd>{t(`weightingOptions.${settings.weighting}`)}</dd>
          <dt>{t("trimLow")}</dt>
          <dd>{format.number(settings.trimLow)}</dd>
          <dt>{t("trimHigh")}</dt>
          <dd>{format.number(settings.trimHigh)}</dd>
        </dl>
      )}
    </>
  );
}
