import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The survey's client components need only these two namespaces of the catalogue. */
export default async function SurveyLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ survey: messages.survey, validation: messages.validation }}>
      {children}
    </NextIntlClientProvider>
  );
}
