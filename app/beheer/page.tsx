import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { SurveyTable } from "@/components/surveys/survey-table";
import { gatePage } from "@/lib/accounts";
import { listStaffSurveys } from "@/lib/surveys";

export const generateMetadata = pageTitle("beheer.surveys");

export default async function StaffHomePage() {
  await connection();
  await gatePage("beheer:enter", "/beheer");
  const [t, surveys] = await Promise.all([getTranslations("beheer.surveys"), listStaffSurveys()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="button-row">
        <Link className="button" href="/beheer/surveys/nieuw">
          {t("new")}
        </Link>
        <Link className="button button--secondary" href="/beheer/surveys/import">
          {t("import")}
        </Link>
      </p>
      <SurveyTable surveys={surveys} />
    </>
  );
}
