import "@/components/moderation/moderation.css";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/**
 * The moderation forms (client components) need the moderation namespace beside the auth and
 * beheer ones the staff layout gives. Access is checked by each page (gatePage) and each data
 * function, not here.
 */
export default async function OpenAnswersLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth", "beheer", "moderation"]}>{children}</ClientMessages>;
}
