import { StatementPage } from "@/components/content/statement-page";
import { pageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("pages.privacy");

export default function PrivacyPage() {
  return <StatementPage namespace="pages.privacy" />;
}
