import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { MailFilter } from "@/components/mail/mail-filter";
import { MailPagination } from "@/components/mail/mail-pagination";
import { MailTable } from "@/components/mail/mail-table";
import "@/components/mail/mail.css";
import { ClientMessages } from "@/components/layout/client-messages";
import { pageTitle } from "@/components/layout/page-title";
import { gatePage } from "@/lib/accounts";
import { env } from "@/lib/env";
import type { SearchParams } from "@/lib/http/search-params";
import { listMail, mailListQuerySchema } from "@/lib/mail";
import { resendMailAction } from "./actions";

export const generateMetadata = pageTitle("mail.list");

type Props = { searchParams: Promise<SearchParams> };

export default async function MailOutboxPage({ searchParams }: Props) {
  await connection();
  await gatePage("audit:read", "/beheer/mail");
  const query = mailListQuerySchema.parse(await searchParams);
  const [t, list] = await Promise.all([getTranslations("mail"), listMail(query)]);
  const statusName = query.status ? t(`status.${query.status}`) : "";
  const captionValues = { page: list.page, pageCount: list.pageCount, status: statusName };
  return (
    <ClientMessages namespaces={["mail"]}>
      <h1>{t("list.title")}</h1>
      <p>{t("list.intro")}</p>
      {env().SMTP_URL ? null : <p className="alert">{t("list.noSmtp")}</p>}
      <MailFilter status={query.status} counts={list.counts} />
      {list.items.length === 0 ? (
        <p>{query.status ? t("list.emptyFiltered", { status: statusName }) : t("list.empty")}</p>
      ) : (
        <>
          <MailTable
            items={list.items}
            caption={t(query.status ? "list.captionFiltered" : "list.caption", captionValues)}
            resendAction={resendMailAction}
          />
          <MailPagination page={list.page} pageCount={list.pageCount} status={query.status} />
        </>
      )}
    </ClientMessages>
  );
}
