import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import "@/components/panels/panels.css";

/**
 * The panel pages' client components (forms, error summaries) need the panels namespace beside
 * the auth and beheer ones the staff layout gives. Access is checked by each page (gatePage) and
 * each data function, not here.
 */
export default async function PanelsLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{ auth: messages.auth, beheer: messages.beheer, panels: messages.panels }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
