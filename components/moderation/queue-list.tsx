import { getTranslations } from "next-intl/server";
import type { ServerAction } from "@/lib/accounts";
import type { DoneKind, ModerationStatus, OpenAnswerPage } from "@/lib/moderation";
import { AnswerCard } from "./answer-card";
import { DoneNotice } from "./done-notice";
import type { ModerationActionData } from "./moderation-action-data";

const STATUS_AFTER: Record<DoneKind, ModerationStatus> = {
  approved: "approved",
  rejected: "rejected",
  quote: "approved",
  unquote: "approved",
};

/**
 * One page of a question's answers. After a change the message goes where the changed answer is,
 * or, when it left this list, where it was (before the next answer in id order), so staff carry
 * on at the same place.
 */
export async function QueueList({
  list,
  done,
  moderateAction,
  quoteAction,
}: {
  list: OpenAnswerPage;
  done: { done: DoneKind; reviewId: number } | null;
  moderateAction: ServerAction<ModerationActionData>;
  quoteAction: ServerAction<never>;
}) {
  const t = await getTranslations("moderation");
  const surveyId = list.survey.id;
  const questionId = list.question.id;
  const inList = done ? list.answers.some((a) => a.id === done.reviewId) : false;
  const newStatus = done ? STATUS_AFTER[done.done] : null;
  const notice = done ? (
    <DoneNotice
      done={done.done}
      reviewId={done.reviewId}
      surveyId={surveyId}
      questionId={questionId}
      movedTo={!inList && newStatus !== list.status ? (newStatus ?? undefined) : undefined}
    />
  ) : null;
  const loose = done && !inList ? notice : null;
  const placeBefore = done && !inList ? list.answers.find((a) => a.id > done.reviewId)?.id : undefined;

  if (list.answers.length === 0) {
    return (
      <>
        {loose}
        <p>{list.status === "pending" ? t("queue.emptyPending") : t("queue.empty")}</p>
      </>
    );
  }
  return (
    <>
      <ol
        className="moderation-list"
        aria-label={t("queue.listLabel", { status: t(`statuses.${list.status}`) })}
      >
        {list.answers.map((answer) => (
          <li key={answer.id}>
            {answer.id === placeBefore ? loose : null}
            <AnswerCard
              answer={answer}
              surveyId={surveyId}
              status={list.status}
              page={list.page}
              notice={done && answer.id === done.reviewId ? notice : undefined}
              moderateAction={moderateAction}
              quoteAction={quoteAction}
            />
          </li>
        ))}
      </ol>
      {loose && placeBefore === undefined ? loose : null}
    </>
  );
}
