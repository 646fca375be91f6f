"use client";

import { useTranslations } from "next-intl";
import type { ServerAction } from "@/lib/accounts/client";
import { commentSchema } from "@/lib/review/client";
import { ThreadMessageForm } from "./thread-message-form";

/**
 * A new comment by an Adviesraad member, on one question or (without questionId) on the survey
 * as a whole. Checked in the browser with the server's zod schema; works without JavaScript too.
 */
export function CommentForm({
  action,
  surveyId,
  versionId,
  questionId,
  label,
}: {
  action: ServerAction<{ id: number }>;
  surveyId: number;
  versionId: number;
  questionId?: string;
  /** What the comment is about, e.g. "Uw opmerking over vraag 3". */
  label: string;
}) {
  const t = useTranslations("review.threads");
  return (
    <ThreadMessageForm
      action={action}
      schema={commentSchema}
      name="comment"
      hidden={{ surveyId, versionId, questionId: questionId ?? "" }}
      bodyId={`comment-${questionId ?? "survey"}-body`}
      label={label}
      rows={4}
      submitLabel={t("commentSubmit")}
      doneText={t("commentDone")}
    />
  );
}
