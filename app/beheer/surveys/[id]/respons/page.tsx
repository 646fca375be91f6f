import "@/components/fieldwork/fieldwork.css";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ChannelTable } from "@/components/fieldwork/channel-table";
import { CompletionsChart } from "@/components/fieldwork/completions-chart";
import { CompositionTables } from "@/components/fieldwork/composition-tables";
import { DropOffTable } from "@/components/fieldwork/drop-off-table";
import { LanguageTable } from "@/components/fieldwork/language-table";
import { pageTitle } from "@/components/layout/page-title";
import { can } from "@/lib/accounts";
import { getResponseMonitoring } from "@/lib/fieldwork";
import { gatedSurvey } from "../gated-survey";

export const generateMetadata = pageTitle("fieldwork.monitor", "pageTitle");

/**
 * Response monitoring while a survey is in the field: per channel and panel, completions per
 * day (chart with its table), where people stop, and who responded against the panel and the
 * population. Every number is an aggregate from SQL.
 */
export default async function ResponsePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { gate, surveyId } = await gatedSurvey(id, "response:read", "/respons");
  const [monitoring, t] = await Promise.all([
    getResponseMonitoring(surveyId),
    getTranslations("fieldwork.monitor"),
  ]);
  if (!monitoring) notFound();
  const { survey } = monitoring;
  return (
    <>
      <p className="fieldwork-back">
        <Link href={`/beheer/surveys/${survey.id}`}>{t("back")}</Link>
      </p>
      <h1>{t("title", { title: survey.title })}</h1>
      {can(gate.user.role, "fieldwork:send") ? (
        <p>
          <Link href={`/beheer/surveys/${survey.id}/uitnodigen`}>{t("inviteLink")}</Link>
        </p>
      ) : null}

      <section className="fieldwork-section" aria-labelledby="channels-title">
        <h2 id="channels-title">{t("channelsTitle")}</h2>
        <ChannelTable monitoring={monitoring} />
      </section>

      <section className="fieldwork-section" aria-labelledby="languages-title">
        <h2 id="languages-title">{t("languagesTitle")}</h2>
        <p>{t("languagesIntro")}</p>
        <LanguageTable languages={monitoring.languages} />
      </section>

      <section className="fieldwork-section" aria-labelledby="per-day-title">
        <h2 id="per-day-title">{t("perDayTitle")}</h2>
        <CompletionsChart days={monitoring.completionsPerDay} />
      </section>

      <section className="fieldwork-section" aria-labelledby="drop-off-title">
        <h2 id="drop-off-title">{t("dropOffTitle")}</h2>
        <p>{t("dropOffIntro")}</p>
        <DropOffTable dropOff={monitoring.dropOff} />
      </section>

      <section className="fieldwork-section" aria-labelledby="composition-title">
        <h2 id="composition-title">{t("compositionTitle")}</h2>
        <p>{t("compositionIntro")}</p>
        {survey.anonymity === "anonymous" && !survey.allowBreakdowns ? <p>{t("noBreakdowns")}</p> : null}
        <p>
          {monitoring.populationSource
            ? t("populationSource", { source: monitoring.populationSource })
            : t("noPopulation")}
        </p>
        <CompositionTables tables={monitoring.composition} />
      </section>
    </>
  );
}
