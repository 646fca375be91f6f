import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

/** The staff area's provider holds auth and beheer; the review's client forms need "review" too. */
export default async function StaffReviewLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth", "beheer", "review"]}>{children}</ClientMessages>;
}
