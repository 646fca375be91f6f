import { getTranslations } from "next-intl/server";
import type { ComponentProps, ReactNode } from "react";
import { openMemberLink } from "@/lib/panels";

/**
 * The page behind a link mailed to a member (a sign-up to confirm, a new address to confirm).
 * Opening it changes nothing: mail scanners open links too, and would otherwise confirm on their
 * own and use up the token. The button posts the token to `action`. An unknown or used link says
 * so and offers `invalidActions`. `messages` holds title, intro, submit, invalidTitle and invalid,
 * or with `keyPrefix` ("link") linkTitle, linkIntro, … where the section holds other texts too.
 */
export async function ConfirmMemberLink({
  token,
  purpose,
  messages,
  action,
  invalidActions,
  keyPrefix,
}: {
  token: string;
  purpose: Parameters<typeof openMemberLink>[1];
  messages: "panel.confirm" | "panel.emailConfirm" | "panel.login";
  action: ComponentProps<"form">["action"];
  invalidActions: ReactNode;
  keyPrefix?: string;
}) {
  const translate = await getTranslations(messages);
  const t = (key: string, values?: Record<string, string>) =>
    translate(keyPrefix ? `${keyPrefix}${key[0].toUpperCase()}${key.slice(1)}` : key, values);
  const link = await openMemberLink(token, purpose);
  if (!link) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalid")}</p>
        {invalidActions}
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro", { name: link.panelName })}</p>
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
    </>
  );
}
