import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/layout/table-head";
import { WideTable } from "@/components/layout/wide-table";
import { getFormatter } from "@/i18n/formatter";
import type { ServerAction } from "@/lib/accounts";
import { type MailListItem, RESENDABLE } from "@/lib/mail";
import { MailStatusBadge, templateLabel } from "./mail-status";
import { ResendForm } from "./resend-form";

const ERROR_PREVIEW = 140;

/** One page of the outbox; the subject opens the message, failed and in-doubt ones can be resent. */
export async function MailTable({
  items,
  caption,
  resendAction,
}: {
  items: MailListItem[];
  caption: string;
  resendAction: ServerAction<never>;
}) {
  const [t, format] = await Promise.all([getTranslations("mail.list"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });
  const labels = await Promise.all(items.map((item) => templateLabel(item.template)));
  return (
    <WideTable caption={caption} className="table mail-table">
      <TableHead
        columns={[
          { label: t("colSubject") },
          { label: t("colTo") },
          { label: t("colTemplate") },
          { label: t("colStatus") },
          { label: t("colAttempts"), figure: true },
          { label: t("colCreated") },
          { label: t("colSent") },
          { label: t("colError") },
          { label: t("colActions") },
        ]}
      />
      <tbody>
        {items.map((item, i) => (
          <tr key={item.id} data-mail-id={item.id}>
            <th scope="row">
              <Link href={`/beheer/mail/${item.id}`}>{item.subject}</Link>
            </th>
            <td>{item.toAddress}</td>
            <td>{labels[i]}</td>
            <td>
              <MailStatusBadge status={item.status} />
            </td>
            <td className="num">{format.number(item.attempts)}</td>
            <td>{when(item.createdAt)}</td>
            <td>{item.sentAt ? when(item.sentAt) : <span className="muted">{t("notSent")}</span>}</td>
            <td className="mail-table__error">
              {item.lastError ? (
                item.lastError.length > ERROR_PREVIEW ? (
                  `${item.lastError.slice(0, ERROR_PREVIEW)}…`
                ) : (
                  item.lastError
                )
              ) : (
                <span className="muted">{t("noError")}</span>
              )}
            </td>
            <td>
              {RESENDABLE.includes(item.status) ? (
                <ResendForm action={resendAction} id={item.id} to={item.toAddress} />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </WideTable>
  );
}
