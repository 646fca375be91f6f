import { StatementPage } from "@/components/content/statement-page";

export const metadata = { title: "Toegankelijkheid" };

export default function AccessibilityPage() {
  return <StatementPage namespace="pages.accessibility" />;
}
