import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { ReviewThreadsDocument } from "@/components/review/review-threads-document";
import { RoundNav } from "@/components/review/round-summary";
import { RoundsTable } from "@/components/review/rounds-table";
import { SharePanel } from "@/components/review/share-panel";
import { gatePage } from "@/lib/accounts";
import { parseRouteId } from "@/lib/http/route-id";
import { getSharedReview, getStaffReviewOverview, listThreads } from "@/lib/review";
import { resolveThreadAction, shareForReviewAction, staffReplyAction } from "./actions";

export const generateMetadata = pageTitle("review.staff", "pageTitle");

/**
 * The review for staff: share the draft with the Adviesraad (with a deadline), follow the rounds
 * and their advice, and read every thread per question, replying and marking threads resolved.
 */
export default async function StaffReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ ronde?: string | string[]; gedeeld?: string }>;
}) {
  await connection();
  const { id } = await params;
  await gatePage("survey:read", `/beheer/surveys/${encodeURIComponent(id)}/review`);
  const surveyId = parseRouteId(id);
  const query = await searchParams;
  const roundId = query.ronde === undefined ? undefined : parseRouteId(query.ronde);
  if (!surveyId || roundId === null) notFound();
  const [overview, t] = await Promise.all([
    getStaffReviewOverview(surveyId),
    getTranslations("review.staff"),
  ]);
  if (!overview) notFound();
  const [review, threads] =
    overview.rounds.length > 0
      ? await Promise.all([getSharedReview(surveyId, roundId), listThreads(surveyId)])
      : [null, null];
  if (roundId !== undefined && !review) notFound();
  const base = `/beheer/surveys/${surveyId}/review`;

  return (
    <>
      <p className="review-back">
        <Link href={`/beheer/surveys/${surveyId}`}>{t("back")}</Link>
      </p>
      <h1>{t("title", { title: overview.survey.title })}</h1>
      {query.gedeeld ? <Notice tone="success">{t("sharedDone")}</Notice> : null}
      <SharePanel overview={overview} action={shareForReviewAction} />
      {overview.rounds.length > 0 ? (
        <section className="review-section" aria-labelledby="rounds-title">
          <h2 id="rounds-title">{t("roundsTitle")}</h2>
          <RoundsTable rounds={overview.rounds} adviceHref={(round) => `${base}/advies?ronde=${round}`} />
        </section>
      ) : null}
      {review && threads ? (
        <section className="review-section" aria-labelledby="threads-title">
          <h2 id="threads-title">
            {t("threadsTitle", { number: review.round.number, version: review.version.number })}
          </h2>
          <RoundNav
            rounds={review.rounds}
            currentId={review.round.id}
            href={(round) => `${base}?ronde=${round}`}
          />
          <p>{review.open ? t("threadsIntroOpen") : t("threadsIntroClosed")}</p>
          <ReviewThreadsDocument
            review={review}
            threads={threads}
            actions={{ reply: review.open ? staffReplyAction : undefined, resolve: resolveThreadAction }}
          />
        </section>
      ) : null}
    </>
  );
}
