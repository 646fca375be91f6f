import { Pagination } from "@/components/layout/pagination";
import { type ModerationStatus, queueHref } from "@/lib/moderation";

/** Previous / next page links of a question's queue list. */
export function QueuePagination({
  surveyId,
  questionId,
  status,
  page,
  pageCount,
}: {
  surveyId: number;
  questionId: string;
  status: ModerationStatus;
  page: number;
  pageCount: number;
}) {
  return (
    <Pagination
      className="moderation-pagination"
      page={page}
      pageCount={pageCount}
      href={(p) => queueHref(surveyId, questionId, { status, page: p })}
      messages="moderation.queue"
    />
  );
}
