import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { MailMessageView } from "@/components/mail/mail-message-view";
import "@/components/mail/mail.css";
import { ClientMessages } from "@/components/layout/client-messages";
import { gatePage } from "@/lib/accounts";
import type { IdPageProps } from "@/lib/http/search-params";
import { getMail } from "@/lib/mail";
import { resendMailAction } from "../actions";

type Props = IdPageProps;

async function load(params: Props["params"]) {
  const id = Number((await params).id);
  return Number.isSafeInteger(id) && id > 0 ? getMail(id) : null;
}

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("mail.detail");
  await gatePage("audit:read", "/beheer/mail");
  const mail = await load(params);
  return { title: mail ? mail.subject : t("notFoundTitle") };
}

export default async function MailMessagePage({ params, searchParams }: Props) {
  await connection();
  const { id } = await params;
  await gatePage("audit:read", `/beheer/mail/${encodeURIComponent(id)}`);
  const [t, tResend, mail, query] = await Promise.all([
    getTranslations("mail.detail"),
    getTranslations("mail.resend"),
    load(params),
    searchParams,
  ]);
  if (!mail) notFound();
  return (
    <ClientMessages namespaces={["mail"]}>
      <p>
        <Link href="/beheer/mail">{t("back")}</Link>
      </p>
      <h1>{mail.subject}</h1>
      {query.opnieuw === "1" ? (
        <p className="alert alert--success" role="status">
          {tResend("done")}
        </p>
      ) : null}
      <MailMessageView mail={mail} resendAction={resendMailAction} />
    </ClientMessages>
  );
}
