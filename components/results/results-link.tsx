import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type Role } from "@/lib/accounts";

/** The list item on a survey's staff page that leads to its results (for whoever may read them). */
export async function ResultsLink({ surveyId, role }: { surveyId: number; role: Role }) {
  if (!can(role, "response:read")) return null;
  const t = await getTranslations("results.links");
  return (
    <li>
      <Link href={`/beheer/surveys/${surveyId}/resultaten`}>{t("results")}</Link>
    </li>
  );
}
