import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { AdviceDocument } from "@/components/review/advice-document";
import { LateTag } from "@/components/review/late-tag";
import { ResponseForm } from "@/components/review/response-form";
import { RoundSummary } from "@/components/review/round-summary";
import { questionAnchor } from "@/components/review/survey-document";
import { Paragraphs } from "@/components/text/paragraphs";
import { getFormatter } from "@/i18n/formatter";
import { gatePage } from "@/lib/accounts";
import { getAdviceOnRound, listVersionNumbers } from "@/lib/review";
import { saveResponseAction } from "./actions";

export const generateMetadata = pageTitle("review.response", "pageTitle");

/**
 * The Adviesraad's submitted advice on one round, and staff's official response to it: a form
 * until it is final, then the advice with the response beside each point, as the Adviesraad sees it.
 */
export default async function StaffAdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ronde?: string | string[]; definitief?: string }>;
}) {
  await connection();
  const { id } = await params;
  await gatePage("survey:read", `/beheer/surveys/${encodeURIComponent(id)}/review/advies`);
  const query = await searchParams;
  const page = await getAdviceOnRound(id, query.ronde);
  if (!page) notFound();
  const { surveyId, review, advice, response, questions } = page;
  const [t, format] = await Promise.all([getTranslations("review.response"), getFormatter()]);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const reviewHref = `/beheer/surveys/${surveyId}/review?ronde=${review.round.id}`;
  const header = (
    <>
      <p className="review-back">
        <Link href={reviewHref}>{t("back")}</Link>
      </p>
      <h1>{t("title", { title: review.title })}</h1>
      <RoundSummary round={review.round} />
    </>
  );
  if (!advice) {
    return (
      <>
        {header}
        <p>{t("noAdvice")}</p>
      </>
    );
  }
  if (response?.status === "final") {
    return (
      <>
        {header}
        {query.definitief === "1" ? <Notice tone="success">{t("finalDone")}</Notice> : null}
        <AdviceDocument
          advice={advice}
          questions={byId}
          questionHref={(questionId) => `${reviewHref}#${questionAnchor(questionId)}`}
          response={response}
        />
      </>
    );
  }

  const versions = await listVersionNumbers(surveyId);
  const answers = new Map((response?.points ?? []).map((p) => [p.pointId, p]));
  return (
    <>
      {header}
      <section className="review-section" aria-labelledby="advice-title">
        <h2 id="advice-title">{t("adviceTitle")}</h2>
        <p className="advice-doc__meta">
          {t("adviceMeta", {
            date: advice.submittedAt
              ? format.dateTime(advice.submittedAt, { dateStyle: "long", timeStyle: "short" })
              : "",
            name: advice.submittedByName ?? "",
          })}
          <LateTag late={advice.late} label={t("late")} />
        </p>
        <Paragraphs text={advice.introduction} />
      </section>
      <section className="review-section" aria-labelledby="response-title">
        <h2 id="response-title">{t("formTitle")}</h2>
        <p>{t("formIntro")}</p>
        <ResponseForm
          action={saveResponseAction}
          baseUpdatedAt={response ? response.updatedAt.getTime() : 0}
          versions={versions}
          points={advice.points.map((point) => ({
            id: point.id,
            number: point.number,
            body: point.body,
            questions: point.questionIds.map((qid) => {
              const ref = byId.get(qid);
              return ref ? t("questionRef", { number: ref.number, text: ref.text }) : qid;
            }),
          }))}
          initial={{
            surveyId,
            adviceId: advice.id,
            introduction: response?.introduction ?? "",
            points: advice.points.map((point) => {
              const answer = answers.get(point.id);
              return {
                pointId: point.id,
                verdict: answer?.verdict ?? "",
                explanation: answer?.explanation ?? "",
                handledInVersionId: answer?.handledInVersionId ? String(answer.handledInVersionId) : "",
              };
            }),
          }}
        />
      </section>
    </>
  );
}
