import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The letter-code form's messages live in the "panel" namespace, beside those the panel pages give. */
export default async function LetterCodesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth", "beheer", "panels", "panel"]}>{children}</ClientMessages>;
}
