import { StatementPage } from "@/components/content/statement-page";

export const metadata = { title: "Privacyverklaring" };

export default function PrivacyPage() {
  return <StatementPage namespace="pages.privacy" />;
}
