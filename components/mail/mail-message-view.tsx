import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/formatter";
import type { ServerAction } from "@/lib/accounts";
import { type MailMessage, RESENDABLE } from "@/lib/mail";
import { MailStatusBadge, templateLabel } from "./mail-status";
import { ResendForm } from "./resend-form";

/**
 * One message as stored: its details, the text part, and the HTML part in a sandboxed iframe.
 * The HTML is never put into this page itself: `sandbox=""` gives it no scripts, no forms, no
 * same-origin access and no top navigation, so even a template bug that let markup through could
 * not act on the administrator's session.
 */
export async function MailMessageView({
  mail,
  resendAction,
}: {
  mail: MailMessage;
  resendAction: ServerAction<never>;
}) {
  const [t, ts, format, template] = await Promise.all([
    getTranslations("mail.detail"),
    getTranslations("mail.statusHelp"),
    getFormatter(),
    templateLabel(mail.template),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  const resendable = RESENDABLE.includes(mail.status);
  return (
    <>
      <div className={resendable ? "alert alert--error" : "alert"}>
        <p>
          <MailStatusBadge status={mail.status} /> {ts(mail.status)}
        </p>
        {resendable ? <ResendForm action={resendAction} id={mail.id} to={mail.toAddress} /> : null}
      </div>

      <h2>{t("metaTitle")}</h2>
      <dl className="mail-meta">
        <dt>{t("to")}</dt>
        <dd>{mail.toAddress}</dd>
        <dt>{t("subject")}</dt>
        <dd>{mail.subject}</dd>
        <dt>{t("template")}</dt>
        <dd>{template}</dd>
        <dt>{t("attempts")}</dt>
        <dd>{format.number(mail.attempts)}</dd>
        <dt>{t("created")}</dt>
        <dd>{when(mail.createdAt)}</dd>
        {mail.status === "pending" ? (
          <>
            <dt>{t("nextAttempt")}</dt>
            <dd>{when(mail.nextAttemptAt)}</dd>
          </>
        ) : null}
        {mail.sentAt ? (
          <>
            <dt>{t("sent")}</dt>
            <dd>{when(mail.sentAt)}</dd>
          </>
        ) : null}
        <dt>{t("messageId")}</dt>
        <dd>
          <code>{mail.messageId}</code>
        </dd>
        {mail.lastError ? (
          <>
            <dt>{t("lastError")}</dt>
            <dd>{mail.lastError}</dd>
          </>
        ) : null}
      </dl>

      <h2>{t("textTitle")}</h2>
      <pre className="mail-text">{mail.textBody}</pre>

      <h2>{t("htmlTitle")}</h2>
      <p>{t("htmlHelp")}</p>
      <iframe
        className="mail-html"
        title={t("htmlFrameTitle", { subject: mail.subject })}
        sandbox=""
        srcDoc={mail.htmlBody}
      />
    </>
  );
}
