import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * Gives the client components below it these namespaces of the catalogue, and no others (the rest
 * stays on the server). A provider replaces the one above it, so it names every namespace its
 * part of the tree needs, those of the layouts around it included.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((name) => [name, messages[name]]))}>
      {children}
    </NextIntlClientProvider>
  );
}
