import { StatementPage } from "@/components/content/statement-page";
import { pageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("pages.accessibility");

export default function AccessibilityPage() {
  return <StatementPage namespace="pages.accessibility" />;
}
