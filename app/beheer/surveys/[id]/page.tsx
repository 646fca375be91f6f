import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { ResultsLink } from "@/components/results/results-link";
import { SurveyShareSection } from "@/components/sharing/survey-share-section";
import { LifecyclePanel } from "@/components/surveys/survey-lifecycle/lifecycle-panel";
import { ResultsDateForm } from "@/components/surveys/survey-lifecycle/results-date-form";
import { SurveyFacts } from "@/components/surveys/survey-lifecycle/survey-facts";
import { SurveyTimeline } from "@/components/surveys/survey-timeline/survey-timeline";
import { CompareForm } from "@/components/surveys/survey-versions/compare-form";
import { VersionList } from "@/components/surveys/survey-versions/version-list";
import { can } from "@/lib/accounts";
import { configuredPublicAddress } from "@/lib/http/public-address";
import {
  getSurveyOverview,
  getSurveyShortCode,
  listSurveyTimeline,
  listSurveyVersions,
  qrCodeSvg,
  shortLinkPath,
  TRANSITIONS,
} from "@/lib/surveys";
import { changeSurveyStatusAction, setResultsDateAction } from "./actions";
import { gatedSurvey } from "./gated-survey";

export const generateMetadata = pageTitle("lifecycle.overview", "pageTitle");

/** A survey's overview for staff: status and next steps, versions, and what happened so far. */
export default async function SurveyOverviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ stap?: string | string[] }>;
}) {
  await connection();
  const { id } = await params;
  const { gate, surveyId } = await gatedSurvey(id, "survey:read", "");
  const [survey, versions, timeline, shortCode, t, tFieldwork, tEntry] = await Promise.all([
    getSurveyOverview(surveyId),
    listSurveyVersions(surveyId),
    listSurveyTimeline(surveyId),
    getSurveyShortCode(surveyId),
    getTranslations("lifecycle"),
    getTranslations("fieldwork.links"),
    getTranslations("entry.links"),
  ]);
  if (!survey || !versions || !shortCode) notFound();
  // Links that get printed or mailed use the configured public address, never this request's host.
  const address = configuredPublicAddress();
  const shortUrl = `${address.baseUrl}${shortLinkPath(shortCode)}`;
  const { stap } = await searchParams;
  const done = TRANSITIONS.find((step) => step.name === stap);

  return (
    <>
      <p className="survey-back">
        <Link href="/beheer">{t("overview.back")}</Link>
      </p>
      <h1>{survey.title}</h1>
      {done ? <Notice tone="success">{t(`transitions.${done.name}.done`)}</Notice> : null}
      <SurveyFacts survey={survey} />
      <LifecyclePanel survey={survey} role={gate.user.role} action={changeSurveyStatusAction} />
      <section className="survey-section" aria-labelledby="fieldwork-title">
        <h2 id="fieldwork-title">{tFieldwork("title")}</h2>
        <ul className="lifecycle-links">
          {can(gate.user.role, "fieldwork:send") ? (
            <li>
              <Link href={`/beheer/surveys/${survey.id}/uitnodigen`}>{tFieldwork("invite")}</Link>
            </li>
          ) : null}
          {can(gate.user.role, "response:read") ? (
            <li>
              <Link href={`/beheer/surveys/${survey.id}/respons`}>{tFieldwork("monitor")}</Link>
            </li>
          ) : null}
          {can(gate.user.role, "response:enter") ? (
            <>
              <li>
                <Link href={`/beheer/surveys/${survey.id}/papier`}>{tEntry("paper")}</Link>
              </li>
              <li>
                <Link href={`/beheer/surveys/${survey.id}/invoeren`}>{tEntry("entry")}</Link>
              </li>
              <li>
                <Link href={`/beheer/surveys/${survey.id}/telefoon`}>{tEntry("phone")}</Link>
              </li>
            </>
          ) : null}
          <ResultsLink surveyId={survey.id} role={gate.user.role} />
        </ul>
      </section>
      <SurveyShareSection
        surveyId={survey.id}
        shortUrl={shortUrl}
        surveyUrl={`${address.baseUrl}/s/${survey.slug}`}
        qrSvg={await qrCodeSvg(shortUrl)}
        address={address}
        open={survey.status === "open"}
      />
      {can(gate.user.role, "survey:edit") ? (
        <section className="survey-section" aria-labelledby="results-date-title">
          <h2 id="results-date-title">{t("resultsDate.title")}</h2>
          <ClientMessages namespaces={["auth", "lifecycle"]}>
            <ResultsDateForm
              action={setResultsDateAction}
              surveyId={survey.id}
              resultsExpectedOn={survey.resultsExpectedOn}
            />
          </ClientMessages>
        </section>
      ) : null}
      <section className="survey-section" aria-labelledby="versions-title">
        <h2 id="versions-title">{t("versions.title")}</h2>
        <p>{t("versions.intro")}</p>
        <VersionList versions={versions} />
        <h3>{t("versions.compareTitle")}</h3>
        <CompareForm surveyId={survey.id} numbers={versions.map((v) => v.number)} />
      </section>
      <SurveyTimeline entries={timeline} />
    </>
  );
}
