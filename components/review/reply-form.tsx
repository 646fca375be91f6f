"use client";

import { useTranslations } from "next-intl";
import type { ServerAction } from "@/lib/accounts/client";
import { replySchema } from "@/lib/review/client";
import { ThreadMessageForm } from "./thread-message-form";

/** A reply in a thread, by an Adviesraad member or by staff. */
export function ReplyForm({
  action,
  surveyId,
  threadId,
}: {
  action: ServerAction<{ id: number }>;
  surveyId: number;
  threadId: number;
}) {
  const t = useTranslations("review.threads");
  return (
    <ThreadMessageForm
      action={action}
      schema={replySchema}
      name="reply"
      hidden={{ surveyId, threadId }}
      bodyId={`reply-${threadId}-body`}
      label={t("replyLabel")}
      rows={3}
      submitLabel={t("replySubmit")}
      secondary
      doneText={t("replyDone")}
    />
  );
}
