import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/**
 * The public panel pages. Their client forms need the "panel" namespace, "panels" for the
 * profile fields' validation messages, and "auth" for the shared form pieces.
 */
export default async function PanelLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["panel", "panels", "auth"]}>
      <div className="container">{children}</div>
    </ClientMessages>
  );
}
