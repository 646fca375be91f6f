import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { AdviceDocument } from "@/components/review/advice-document";
import { AdviceForm } from "@/components/review/advice-form";
import { RoundSummary } from "@/components/review/round-summary";
import { questionAnchor } from "@/components/review/survey-document";
import { gatePage } from "@/lib/accounts";
import { getAdviceOnRound } from "@/lib/review";
import { saveAdviceAction } from "./actions";

export const generateMetadata = pageTitle("review.advice", "pageTitle");

/**
 * The Adviesraad's advice on one round: the shared draft form until it is submitted; after that
 * the advice as sent, and once the municipality's response is final, that response point by point.
 */
export default async function AdviesraadAdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ronde?: string | string[]; ingediend?: string }>;
}) {
  await connection();
  const { id } = await params;
  await gatePage("review:participate", `/adviesraad/surveys/${encodeURIComponent(id)}/advies`);
  const query = await searchParams;
  const page = await getAdviceOnRound(id, query.ronde);
  if (!page) notFound();
  const { surveyId, review, advice, response, questions: refs } = page;
  const t = await getTranslations("review.advice");
  const surveyHref = `/adviesraad/surveys/${surveyId}?ronde=${review.round.id}`;

  if (advice?.status === "submitted") {
    return (
      <>
        <p className="review-back">
          <Link href={surveyHref}>{t("back")}</Link>
        </p>
        <h1>{t("submittedTitle", { title: review.title })}</h1>
        {query.ingediend === "1" ? <Notice tone="success">{t("submittedDone")}</Notice> : null}
        <RoundSummary round={review.round} />
        {response ? (
          <p className="review-lead">{t("responseIntro")}</p>
        ) : (
          <p className="review-lead">{t("waitingForResponse")}</p>
        )}
        <AdviceDocument
          advice={advice}
          questions={new Map(refs.map((q) => [q.id, q]))}
          questionHref={(questionId) => `${surveyHref}#${questionAnchor(questionId)}`}
          response={response?.status === "final" ? response : null}
        />
      </>
    );
  }

  return (
    <>
      <p className="review-back">
        <Link href={surveyHref}>{t("back")}</Link>
      </p>
      <h1>{t("formTitle", { title: review.title })}</h1>
      <RoundSummary round={review.round} />
      <p className="review-lead">{t("formIntro")}</p>
      <AdviceForm
        action={saveAdviceAction}
        baseUpdatedAt={advice ? advice.updatedAt.getTime() : 0}
        initial={{
          surveyId,
          roundId: review.round.id,
          introduction: advice?.introduction ?? "",
          points:
            advice && advice.points.length > 0
              ? advice.points.map((p) => ({ body: p.body, questionIds: p.questionIds }))
              : [{ body: "", questionIds: [] }],
        }}
        questions={refs.map((q) => ({ id: q.id, number: q.number, text: q.text, pageTitle: q.pageTitle }))}
      />
    </>
  );
}
