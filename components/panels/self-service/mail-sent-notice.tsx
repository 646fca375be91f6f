import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Notice } from "@/components/layout/notice";

/**
 * The page after a member asked for a mail (a sign-up, a sign-in link): the same for every
 * address, so it reveals nothing about who is a member. `messages` holds sentTitle, sentText and
 * sentNoMail; `children` may add a way on.
 */
export async function MailSentNotice({
  messages,
  children,
}: {
  messages: "panel.signup" | "panel.login";
  children?: ReactNode;
}) {
  const t = await getTranslations(messages);
  return (
    <>
      <h1>{t("sentTitle")}</h1>
      <Notice tone="success">{t("sentText")}</Notice>
      <p>{t("sentNoMail")}</p>
      {children}
    </>
  );
}
