import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { BuilderMessages } from "@/components/surveys/builder/builder-messages";
import { SurveyPreview } from "@/components/surveys/builder/preview/survey-preview";
import { parseRouteId } from "@/lib/http/route-id";
import { getWorkingDefinition } from "@/lib/surveys";
import { gatedSurvey } from "../gated-survey";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params) {
  const t = await getTranslations("builder.preview");
  const { id } = await params;
  const surveyId = parseRouteId(id);
  const survey = surveyId === null ? undefined : await getWorkingDefinition(surveyId).catch(() => undefined);
  return { title: t("title", { title: survey?.definition.title ?? "" }) };
}

/** The working version as residents will see it; nothing is stored. */
export default async function SurveyPreviewPage({ params }: Params) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "survey:read", "/voorbeeld");
  const survey = await getWorkingDefinition(surveyId);
  if (!survey) notFound();
  const t = await getTranslations("builder.preview");
  return (
    <>
      <div className="alert builder-preview-banner">
        <p>{t("banner", { version: survey.versionNumber })}</p>
        <p>
          <Link href={`/beheer/surveys/${survey.id}/bewerken`}>{t("backToEditor")}</Link>
        </p>
      </div>
      <div className="builder-preview">
        <BuilderMessages resident>
          <SurveyPreview definition={survey.definition} slug={survey.slug} />
        </BuilderMessages>
      </div>
    </>
  );
}
