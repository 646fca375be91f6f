import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { QueueList } from "@/components/moderation/queue-list";
import { QueuePagination } from "@/components/moderation/queue-pagination";
import { StatusNav } from "@/components/moderation/status-nav";
import { gatePage } from "@/lib/accounts";
import { parseRouteId } from "@/lib/http/route-id";
import type { SearchParams } from "@/lib/http/search-params";
import {
  doneFrom,
  listOpenAnswers,
  queuePageFrom,
  queueStatusFrom,
  syncOpenAnswerQueue,
} from "@/lib/moderation";
import { moderateAnswerAction, setQuoteAction } from "../actions";

export const generateMetadata = pageTitle("moderation.queue", "pageTitle");

/**
 * The moderation queue of one open question: its answers with a status, page by page, each with
 * the findings marked and the forms to approve, reject and pick quotes.
 */
export default async function OpenAnswerQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; questionId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  await connection();
  const { id, questionId } = await params;
  await gatePage(
    "results:moderate",
    `/beheer/surveys/${encodeURIComponent(id)}/resultaten/open-antwoorden/${encodeURIComponent(questionId)}`,
  );
  const surveyId = parseRouteId(id) ?? undefined;
  if (!surveyId) notFound();
  const query = await searchParams;
  await syncOpenAnswerQueue(surveyId);
  const [list, t] = await Promise.all([
    listOpenAnswers(surveyId, questionId, {
      status: queueStatusFrom(query.status),
      page: queuePageFrom(query.page),
    }),
    getTranslations("moderation"),
  ]);
  if (!list) notFound();
  return (
    <>
      <p className="moderation-back">
        <Link href={`/beheer/surveys/${surveyId}/resultaten/open-antwoorden`}>{t("queue.back")}</Link>
      </p>
      <p className="moderation-context">{t("queue.context", { title: list.survey.title })}</p>
      <h1>{list.question.text}</h1>
      {list.question.kind === "other" ? <p>{t("queue.kindOther")}</p> : null}
      <StatusNav
        surveyId={surveyId}
        questionId={list.question.id}
        current={list.status}
        counts={list.counts}
      />
      <QueueList
        list={list}
        done={doneFrom(query.gedaan, query.antwoord)}
        moderateAction={moderateAnswerAction}
        quoteAction={setQuoteAction}
      />
      <QueuePagination
        surveyId={surveyId}
        questionId={list.question.id}
        status={list.status}
        page={list.page}
        pageCount={list.pageCount}
      />
    </>
  );
}
