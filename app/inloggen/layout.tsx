import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The sign-in form's client components need only the auth namespace of the catalogue. */
export default async function LoginLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ auth: messages.auth }}>{children}</NextIntlClientProvider>;
}
