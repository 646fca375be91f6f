import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DONE_ANCHOR, type DoneKind, type ModerationStatus, queueHref } from "@/lib/moderation";

/**
 * The message after a change, placed where the changed answer is (or was) in the list and
 * scrolled to through the URL's anchor. When the answer left the list, a link leads to it.
 */
export async function DoneNotice({
  done,
  reviewId,
  surveyId,
  questionId,
  movedTo,
}: {
  done: DoneKind;
  reviewId: number;
  surveyId: number;
  questionId: string;
  /** The list the answer is in now, when that is not the list shown. */
  movedTo?: ModerationStatus;
}) {
  const t = await getTranslations("moderation");
  return (
    <div className="alert alert--success moderation-notice" role="status" id={DONE_ANCHOR} tabIndex={-1}>
      <p>
        {t(`done.${done}`, { id: reviewId })}{" "}
        {movedTo ? (
          <Link href={`${queueHref(surveyId, questionId, { status: movedTo })}#antwoord-${reviewId}`}>
            {t("done.viewIt", { status: t(`statuses.${movedTo}`) })}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
