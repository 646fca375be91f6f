import { getTranslations } from "next-intl/server";
import type { ServerAction } from "@/lib/accounts";
import {
  questionIdSet,
  type SharedReview,
  type ThreadView,
  threadsByQuestion,
  threadsOnMissingQuestions,
} from "@/lib/review";
import { CommentForm } from "./comment-form";
import { questionAnchor, SurveyDocument } from "./survey-document";
import { type ThreadActions, ThreadList } from "./thread-list";

/**
 * The shared version with the review's threads: first the threads on the survey as a whole, then
 * the document with each question's threads beneath it, then threads on questions this version no
 * longer has. Threads made on a later version than the one being read are left out.
 */
export async function ReviewThreadsDocument({
  review,
  threads,
  actions,
  comment,
}: {
  review: SharedReview;
  threads: ThreadView[];
  actions: ThreadActions;
  /** The Adviesraad's comment action, while the round is open; staff do not start threads. */
  comment?: ServerAction<{ id: number }>;
}) {
  const t = await getTranslations("review.threads");
  const versionNumber = review.version.number;
  const shown = threads.filter((thread) => thread.root.versionNumber <= versionNumber);
  const byQuestion = threadsByQuestion(shown);
  const missing = threadsOnMissingQuestions(shown, questionIdSet(review.version.definition));
  const common = { surveyId: review.surveyId, versionNumber, actions };

  return (
    <>
      <section className="review-section" aria-labelledby="survey-comments-title">
        <h2 id="survey-comments-title">{t("surveyTitle")}</h2>
        {(byQuestion.get(null) ?? []).length === 0 ? <p>{t("noneOnSurvey")}</p> : null}
        <ThreadList threads={byQuestion.get(null) ?? []} about={t("aboutSurvey")} {...common} />
        {comment ? (
          <details className="review-comment">
            <summary>{t("commentOnSurveyOpen")}</summary>
            <CommentForm
              action={comment}
              surveyId={review.surveyId}
              versionId={review.version.id}
              label={t("commentOnSurveyLabel")}
            />
          </details>
        ) : null}
      </section>

      <SurveyDocument
        definition={review.version.definition}
        extras={(questionId, label) => {
          const list = byQuestion.get(questionId) ?? [];
          return (
            <div className="question-doc__review">
              {list.length > 0 ? (
                <p className="question-doc__count">{t("count", { count: list.length })}</p>
              ) : null}
              <ThreadList threads={list} about={label.toLowerCase()} {...common} />
              {comment ? (
                <details className="review-comment">
                  <summary>{t("commentOpen", { question: label.toLowerCase() })}</summary>
                  <CommentForm
                    action={comment}
                    surveyId={review.surveyId}
                    versionId={review.version.id}
                    questionId={questionId}
                    label={t("commentLabel", { question: label.toLowerCase() })}
                  />
                </details>
              ) : null}
            </div>
          );
        }}
      />

      {missing.length > 0 ? (
        <section className="review-section" aria-labelledby="missing-comments-title">
          <h2 id="missing-comments-title">{t("missingTitle")}</h2>
          <p>{t("missingIntro")}</p>
          <ThreadList threads={missing} about={t("aboutMissing")} {...common} />
        </section>
      ) : null}
    </>
  );
}

export { questionAnchor };
