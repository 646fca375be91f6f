import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ReviewThreadsDocument } from "@/components/review/review-threads-document";
import { RoundNav, RoundSummary } from "@/components/review/round-summary";
import { VersionDiffView } from "@/components/surveys/survey-diff/version-diff-view";
import { gatePage } from "@/lib/accounts";
import { parseRouteId } from "@/lib/http/route-id";
import { getSharedReview, listThreads } from "@/lib/review";
import { addCommentAction, addReplyAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const t = await getTranslations("review.adviesraad");
  const surveyId = parseRouteId((await params).id);
  const review = surveyId ? await getSharedReview(surveyId).catch(() => null) : null;
  return { title: review ? t("surveyPageTitle", { title: review.title }) : t("listTitle") };
}

/**
 * One shared draft for the Adviesraad: what changed since the version before, the draft as a
 * document, and the comments per question. Anything not shared with them is "not found".
 */
export default async function AdviesraadSurveyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ronde?: string | string[] }>;
}) {
  await connection();
  const { id } = await params;
  await gatePage("review:participate", `/adviesraad/surveys/${encodeURIComponent(id)}`);
  const surveyId = parseRouteId(id);
  const { ronde } = await searchParams;
  const roundId = ronde === undefined ? undefined : parseRouteId(ronde);
  if (!surveyId || roundId === null) notFound();
  const [review, threads, t] = await Promise.all([
    getSharedReview(surveyId, roundId),
    listThreads(surveyId),
    getTranslations("review.adviesraad"),
  ]);
  if (!review || !threads) notFound();
  const base = `/adviesraad/surveys/${surveyId}`;
  const adviceHref = `${base}/advies?ronde=${review.round.id}`;

  return (
    <>
      <p className="review-back">
        <Link href="/adviesraad">{t("back")}</Link>
      </p>
      <h1>{review.title}</h1>
      <RoundNav
        rounds={review.rounds}
        currentId={review.round.id}
        href={(roundId) => `${base}?ronde=${roundId}`}
      />
      <RoundSummary round={review.round} />
      <p className="review-lead">{review.open ? t("howToOpen") : t("howToClosed")}</p>
      <p>
        <Link href={adviceHref} className="button">
          {review.round.advice?.status === "submitted" ? t("toSubmittedAdvice") : t("toAdvice")}
        </Link>
      </p>
      {review.previous ? (
        <section className="review-section" aria-labelledby="changes-title">
          <h2 id="changes-title">
            {t("changesTitle", { from: review.previous.number, to: review.version.number })}
          </h2>
          <details className="review-changes">
            <summary>{t("changesOpen", { from: review.previous.number })}</summary>
            <VersionDiffView
              before={review.previous.definition}
              after={review.version.definition}
              headingLevel={3}
            />
          </details>
        </section>
      ) : null}
      <ReviewThreadsDocument
        review={review}
        threads={threads}
        actions={{ reply: review.open ? addReplyAction : undefined }}
        comment={review.open ? addCommentAction : undefined}
      />
    </>
  );
}
