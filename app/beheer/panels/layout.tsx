import type { ReactNode } from "react";
import "@/components/panels/panels.css";
import { ClientMessages } from "@/components/layout/client-messages";

/**
 * The panel pages' client components (forms, error summaries) need the panels namespace beside
 * the auth and beheer ones the staff layout gives. Access is checked by each page (gatePage) and
 * each data function, not here.
 */
export default async function PanelsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth", "beheer", "panels"]}>{children}</ClientMessages>;
}
