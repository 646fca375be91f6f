import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MODERATION_STATUSES, type ModerationStatus, queueHref, type StatusCounts } from "@/lib/moderation";

/** The three lists of a question's queue with their counts; the current one marked with aria-current. */
export async function StatusNav({
  surveyId,
  questionId,
  current,
  counts,
}: {
  surveyId: number;
  questionId: string;
  current: ModerationStatus;
  counts: StatusCounts;
}) {
  const t = await getTranslations("moderation");
  return (
    <nav className="moderation-status-nav" aria-label={t("queue.statusNav")}>
      <ul>
        {MODERATION_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={queueHref(surveyId, questionId, { status })}
              aria-current={status === current ? "page" : undefined}
            >
              {t("queue.statusLink", { status: t(`statuses.${status}`), count: counts[status] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
