import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The sign-in form's client components need only the auth namespace of the catalogue. */
export default async function LoginLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>;
}
