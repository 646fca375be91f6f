import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The public panel pages. Their client forms need the "panel" namespace, "panels" for the
 * profile fields' validation messages, and "auth" for the shared form pieces.
 */
export default async function PanelLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{ panel: messages.panel, panels: messages.panels, auth: messages.auth }}
    >
      <div className="container">{children}</div>
    </NextIntlClientProvider>
  );
}
