import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { type ModerationStatus, queueHref } from "@/lib/moderation";

/** Previous / next page links of a question's queue list. */
export async function QueuePagination({
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
  if (pageCount <= 1) return null;
  const t = await getTranslations("moderation.queue");
  return (
    <nav className="moderation-pagination" aria-label={t("pagination")}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={queueHref(surveyId, questionId, { status, page: page - 1 })}>{t("previous")}</Link>
          </li>
        ) : null}
        <li aria-current="page">{t("pageOf", { page, pageCount })}</li>
        {page < pageCount ? (
          <li>
            <Link href={queueHref(surveyId, questionId, { status, page: page + 1 })}>{t("next")}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
