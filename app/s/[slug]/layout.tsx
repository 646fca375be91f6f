import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The survey's client components need only these two namespaces of the catalogue. */
export default async function SurveyLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["survey", "validation"]}>{children}</ClientMessages>;
}
