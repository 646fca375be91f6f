import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The staff layout gives client components only the auth and beheer namespaces; the builder's
 * client components also need "builder" (and the preview the resident's "survey" and "validation").
 */
export async function BuilderMessages({
  children,
  resident = false,
}: {
  children: ReactNode;
  resident?: boolean;
}) {
  const messages = await getMessages();
  const picked = {
    auth: messages.auth,
    beheer: messages.beheer,
    builder: messages.builder,
    ...(resident ? { survey: messages.survey, validation: messages.validation } : {}),
  };
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
