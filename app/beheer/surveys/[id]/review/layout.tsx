import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The staff area's provider holds auth and beheer; the review's client forms need "review" too. */
export default async function StaffReviewLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{ auth: messages.auth, beheer: messages.beheer, review: messages.review }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
