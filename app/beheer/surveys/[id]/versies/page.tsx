import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { CompareForm } from "@/components/surveys/survey-versions/compare-form";
import { VersionList } from "@/components/surveys/survey-versions/version-list";
import { getSurveyOverview, listSurveyVersions } from "@/lib/surveys";
import { gatedSurvey } from "../gated-survey";

export const generateMetadata = pageTitle("lifecycle.versions", "all");

/** All versions of a survey, with the form to compare two of them. */
export default async function SurveyVersionsPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "survey:read", "/versies");
  const [survey, versions, t] = await Promise.all([
    getSurveyOverview(surveyId),
    listSurveyVersions(surveyId),
    getTranslations("lifecycle"),
  ]);
  if (!survey || !versions) notFound();
  return (
    <>
      <p className="survey-back">
        <Link href={`/beheer/surveys/${survey.id}`}>{t("compare.back")}</Link>
      </p>
      <h1>{t("versions.pageTitle", { title: survey.title })}</h1>
      <p>{t("versions.intro")}</p>
      <VersionList versions={versions} />
      <h2>{t("versions.compareTitle")}</h2>
      <CompareForm surveyId={survey.id} numbers={versions.map((v) => v.number)} />
    </>
  );
}
