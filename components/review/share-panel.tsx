import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ServerAction } from "@/lib/accounts";
import { dutchDate, type StaffReviewOverview } from "@/lib/review";
import { ShareForm } from "./share-form";

/** How many definition problems to list before "and N more": the editor shows them all. */
const PROBLEMS_SHOWN = 8;

/** Sharing with the Adviesraad: the form when the lifecycle allows it, otherwise why not and what next. */
export async function SharePanel({
  overview,
  action,
}: {
  overview: StaffReviewOverview;
  action: ServerAction<never>;
}) {
  const [t, tStatus] = await Promise.all([
    getTranslations("review.share"),
    getTranslations("beheer.surveys.status"),
  ]);
  const surveyHref = `/beheer/surveys/${overview.survey.id}`;
  const version = overview.workingVersion;
  let body: ReactNode;
  if (!overview.canShare) {
    body =
      overview.survey.status === "in_review" ? (
        <p>
          {t("inReview")} <Link href={surveyHref}>{t("toSurvey")}</Link>
        </p>
      ) : (
        <p>{t("notConcept", { status: tStatus(overview.survey.status) })}</p>
      );
  } else if (!version || version.problems.length > 0) {
    body = (
      <div className="alert alert--error">
        <p>{t("problems", { number: version?.number ?? 0 })}</p>
        <ul>
          {version?.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        {version && version.problems.length > PROBLEMS_SHOWN ? (
          <p>{t("moreProblems", { count: version.problems.length - PROBLEMS_SHOWN })}</p>
        ) : null}
        <p>
          <Link href={`${surveyHref}/bewerken`}>{t("toEditor")}</Link>
        </p>
      </div>
    );
  } else {
    const tomorrow = dutchDate(new Date(Date.now() + 86_400_000));
    body = (
      <>
        <p>{t("intro", { number: version.number })}</p>
        <ShareForm
          action={action}
          surveyId={overview.survey.id}
          revision={overview.survey.revision}
          minDate={tomorrow}
        />
      </>
    );
  }
  return (
    <section className="review-section" aria-labelledby="share-title">
      <h2 id="share-title">{t("title")}</h2>
      {body}
    </section>
  );
}
