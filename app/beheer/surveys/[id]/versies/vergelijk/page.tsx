import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { VersionDiffView } from "@/components/surveys/survey-diff/version-diff-view";
import { CompareForm } from "@/components/surveys/survey-versions/compare-form";
import { parseRouteId } from "@/lib/http/route-id";
import { getSurveyOverview, getVersionByNumber, listSurveyVersions } from "@/lib/surveys";
import { gatedSurvey } from "../../gated-survey";

export const generateMetadata = pageTitle("lifecycle.compare", "pageTitle");

/** Two versions of a survey side by side: /beheer/surveys/<id>/versies/vergelijk?van=1&naar=2. */
export default async function CompareVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ van?: string | string[]; naar?: string | string[] }>;
}) {
  await connection();
  const { id } = await params;
  const query = await searchParams;
  const { surveyId } = await gatedSurvey(id, "survey:read", "/versies/vergelijk");
  // A version number in the query is read like an id in a route (1, 2, …; anything else: none).
  const from = parseRouteId(query.van) ?? undefined;
  const to = parseRouteId(query.naar) ?? undefined;
  const [survey, versions, before, after, t] = await Promise.all([
    getSurveyOverview(surveyId),
    listSurveyVersions(surveyId),
    from === undefined ? undefined : getVersionByNumber(surveyId, from),
    to === undefined ? undefined : getVersionByNumber(surveyId, to),
    getTranslations("lifecycle"),
  ]);
  if (!survey || !versions) notFound();
  const missing = [
    from !== undefined && !before ? from : null,
    to !== undefined && !after ? to : null,
  ].filter((n): n is number => n !== null);

  return (
    <>
      <p className="survey-back">
        <Link href={`/beheer/surveys/${survey.id}`}>{t("compare.back")}</Link>
      </p>
      <h1>
        {before && after
          ? t("compare.heading", { from: before.number, to: after.number })
          : t("compare.pageTitle")}
      </h1>
      <p className="survey-title">{survey.title}</p>
      {missing.map((n) => (
        <Notice key={n} tone="error">
          {t("compare.unknownVersion", { number: n })}
        </Notice>
      ))}
      {!before || !after ? <p>{t("compare.choose")}</p> : null}
      <CompareForm surveyId={survey.id} numbers={versions.map((v) => v.number)} from={from} to={to} />
      {before && after ? <VersionDiffView before={before.definition} after={after.definition} /> : null}
    </>
  );
}
