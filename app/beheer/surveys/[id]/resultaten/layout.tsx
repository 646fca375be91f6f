import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ResultsSubnav, type ResultsSubnavLink } from "@/components/results/results-subnav";
import { can, gatePage } from "@/lib/accounts";

/**
 * The results area of one survey: a way back to the survey, and the sub-navigation between its
 * pages (results, open answers, publishing, settings, export), each shown to whoever may open it.
 * Every page checks its own permission again, and every data function once more.
 */
export default async function ResultsLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: ReactNode;
}) {
  await connection();
  const { id } = await params;
  const base = `/beheer/surveys/${encodeURIComponent(id)}`;
  const gate = await gatePage("response:read", `${base}/resultaten`);
  const t = await getTranslations("results.nav");
  const role = gate.user.role;
  const links: ResultsSubnavLink[] = [{ href: `${base}/resultaten`, label: t("results") }];
  if (can(role, "results:moderate"))
    links.push({ href: `${base}/resultaten/open-antwoorden`, label: t("openAnswers") });
  if (can(role, "survey:publish")) links.push({ href: `${base}/resultaten/publiceren`, label: t("publish") });
  links.push({ href: `${base}/resultaten/instellingen`, label: t("settings") });
  if (can(role, "results:export")) links.push({ href: `${base}/resultaten/export`, label: t("export") });
  return (
    <>
      <p className="results-back">
        <Link href={base}>{t("back")}</Link>
      </p>
      <ResultsSubnav label={t("label")} links={links} />
      {children}
    </>
  );
}
