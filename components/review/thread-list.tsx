import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/formatter";
import type { ServerAction } from "@/lib/accounts";
import type { CommentView, ThreadView } from "@/lib/review";
import { ReplyForm } from "./reply-form";
import { ResolveThreadForm } from "./resolve-thread-form";

export type ThreadActions = {
  /** Present while the round is open: replies are possible. */
  reply?: ServerAction<{ id: number }>;
  /** Staff only: mark resolved and reopen. */
  resolve?: ServerAction<{ changed: boolean; resolved: boolean }>;
};

/**
 * The threads on one question (or on the survey as a whole): each first comment with its replies,
 * marked with the version it was made on when that is not the version being read.
 */
export async function ThreadList({
  threads,
  surveyId,
  versionNumber,
  actions,
  about,
}: {
  threads: ThreadView[];
  surveyId: number;
  /** The version on the page: threads from other versions say which one they were made on. */
  versionNumber: number;
  actions: ThreadActions;
  /** What the threads are about, for screen-reader names, e.g. "vraag 3". */
  about: string;
}) {
  if (threads.length === 0) return null;
  const t = await getTranslations("review.threads");
  return (
    <ul className="thread-list" aria-label={t("listLabel", { about })}>
      {threads.map((thread) => (
        <li key={thread.root.id} className={thread.resolved ? "thread thread--resolved" : "thread"}>
          <article
            aria-label={t("threadLabel", { name: authorName(thread.root, t), about })}
            data-thread-id={thread.root.id}
          >
            <div className="thread__meta">
              {thread.root.versionNumber !== versionNumber ? (
                <span className="tag">{t("madeOnVersion", { number: thread.root.versionNumber })}</span>
              ) : null}
              {thread.resolved ? (
                <span className="tag tag--done">
                  {thread.root.resolvedByName
                    ? t("resolvedBy", { name: thread.root.resolvedByName })
                    : t("resolved")}
                </span>
              ) : null}
            </div>
            <CommentBlock comment={thread.root} />
            {thread.replies.length > 0 ? (
              <ol className="thread__replies" aria-label={t("repliesLabel")}>
                {thread.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentBlock comment={reply} />
                  </li>
                ))}
              </ol>
            ) : null}
            <div className="thread__actions">
              {actions.resolve ? (
                <ResolveThreadForm
                  action={actions.resolve}
                  surveyId={surveyId}
                  threadId={thread.root.id}
                  resolved={thread.resolved}
                  subject={t("threadLabel", { name: authorName(thread.root, t), about })}
                />
              ) : null}
              {actions.reply ? (
                <details className="thread__reply">
                  <summary>{t("replyOpen")}</summary>
                  <ReplyForm action={actions.reply} surveyId={surveyId} threadId={thread.root.id} />
                </details>
              ) : null}
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"review.threads">>>;

function authorName(comment: CommentView, t: Translate): string {
  return comment.authorName ?? t("unknownAuthor");
}

async function CommentBlock({ comment }: { comment: CommentView }) {
  const [t, format] = await Promise.all([getTranslations("review.threads"), getFormatter()]);
  return (
    <div className="comment">
      <p className="comment__by">
        <strong>{authorName(comment, t)}</strong>
        {comment.authorSide ? ` (${t(`side.${comment.authorSide}`)})` : null}
        {" · "}
        <time dateTime={comment.createdAt.toISOString()}>
          {format.dateTime(comment.createdAt, { dateStyle: "long", timeStyle: "short" })}
        </time>
      </p>
      <p className="comment__body">{comment.body}</p>
    </div>
  );
}
