import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { OpenQuestionTable } from "@/components/moderation/open-question-table";
import { getModerationOverview, syncOpenAnswerQueue } from "@/lib/moderation";
import { gatedSurvey } from "../../gated-survey";

export const generateMetadata = pageTitle("moderation.overview", "pageTitle");

/**
 * The open questions of a survey with how many answers wait for moderation, are approved or
 * rejected, and are quotes. New answers of completed responses join the queue on every visit.
 * The results layout's sub-navigation leads here and back.
 */
export default async function OpenAnswersPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "results:moderate", "/resultaten/open-antwoorden");
  await syncOpenAnswerQueue(surveyId);
  const [overview, t] = await Promise.all([getModerationOverview(surveyId), getTranslations("moderation")]);
  if (!overview) notFound();
  return (
    <>
      <h1>{t("overview.title", { title: overview.survey.title })}</h1>
      <p>{t("overview.intro")}</p>
      <p>{t("overview.onlyCompleted")}</p>
      <OpenQuestionTable overview={overview} />
    </>
  );
}
