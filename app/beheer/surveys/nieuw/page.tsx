import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { BuilderMessages } from "@/components/surveys/builder/builder-messages";
import { NewSurveyForm } from "@/components/surveys/builder/new-survey-form";
import { gatePage } from "@/lib/accounts";
import { createSurveyAction } from "./actions";

export const generateMetadata = pageTitle("builder.new");

export default async function NewSurveyPage() {
  await connection();
  await gatePage("survey:edit", "/beheer/surveys/nieuw");
  const t = await getTranslations("builder");
  return (
    <>
      <p>
        <Link href="/beheer">{t("common.backToList")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <p>{t("new.intro")}</p>
      <BuilderMessages>
        <NewSurveyForm action={createSurveyAction} />
      </BuilderMessages>
      <p>
        <Link href="/beheer/surveys/import">{t("new.importLink")}</Link>
      </p>
    </>
  );
}
