import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The letter-code form's messages live in the "panel" namespace, beside those the panel pages give. */
export default async function LetterCodesLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        auth: messages.auth,
        beheer: messages.beheer,
        panels: messages.panels,
        panel: messages.panel,
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
