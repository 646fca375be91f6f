import "@/components/moderation/moderation.css";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The moderation forms (client components) need the moderation namespace beside the auth and
 * beheer ones the staff layout gives. Access is checked by each page (gatePage) and each data
 * function, not here.
 */
export default async function OpenAnswersLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{ auth: messages.auth, beheer: messages.beheer, moderation: messages.moderation }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
