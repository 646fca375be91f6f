import { getTranslations } from "next-intl/server";
import { SectionNav } from "@/components/layout/section-nav";
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
    <SectionNav
      className="moderation-status-nav"
      label={t("queue.statusNav")}
      links={MODERATION_STATUSES.map((status) => ({
        href: queueHref(surveyId, questionId, { status }),
        label: t("queue.statusLink", { status: t(`statuses.${status}`), count: counts[status] }),
        current: status === current,
      }))}
    />
  );
}
