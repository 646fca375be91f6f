import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ServerAction } from "@/lib/accounts";
import type { ModerationStatus, OpenAnswer } from "@/lib/moderation";
import { MarkedText } from "./marked-text";
import type { ModerationActionData } from "./moderation-action-data";
import { ModerationForm } from "./moderation-form";
import { QuoteForm } from "./quote-form";

/**
 * One open answer in the queue: its status in words, the resident's words with the findings
 * marked, and the forms to approve (with the text to publish), reject, and pick it as a quote.
 */
export async function AnswerCard({
  answer,
  surveyId,
  status,
  page,
  notice,
  moderateAction,
  quoteAction,
}: {
  answer: OpenAnswer;
  surveyId: number;
  status: ModerationStatus;
  page: number;
  /** The message about a change to this answer, shown at its top. */
  notice?: ReactNode;
  moderateAction: ServerAction<ModerationActionData>;
  quoteAction: ServerAction<never>;
}) {
  const t = await getTranslations("moderation");
  const titleId = `antwoord-${answer.id}-titel`;
  // Which answer a form acts on, and the queue list and page to come back to.
  const place = { surveyId, reviewId: answer.id, status, page };
  const kinds = [...new Set(answer.findings.map((f) => f.kind))].map((kind) => t(`pii.${kind}`));
  return (
    <article className="moderation-answer" id={`antwoord-${answer.id}`} aria-labelledby={titleId}>
      {notice}
      <h2 id={titleId}>{t("answer.title", { id: answer.id })}</h2>
      <p className="moderation-answer__status">
        {t("answer.status", { status: t(`statuses.${answer.status}`) })}
        {answer.quote ? ` ${t("answer.isQuote")}` : null}
      </p>
      <h3>{t("answer.original")}</h3>
      <blockquote className="moderation-answer__original">
        {answer.item === "_anders" ? (
          <span className="visually-hidden">{t("answer.otherPrefix")} </span>
        ) : null}
        {answer.original ? (
          <MarkedText
            text={answer.original}
            findings={answer.findings}
            kindLabel={(kind) => t("answer.markLabel", { kind: t(`pii.${kind}`) })}
          />
        ) : (
          t("answer.empty")
        )}
      </blockquote>
      <p>{kinds.length > 0 ? t("answer.findings", { kinds: kinds.join(", ") }) : t("answer.noFindings")}</p>
      <ModerationForm action={moderateAction} {...place} redactedText={answer.redactedText} />
      {answer.status === "approved" ? (
        <QuoteForm action={quoteAction} {...place} quote={answer.quote} />
      ) : null}
    </article>
  );
}
