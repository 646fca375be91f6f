import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { BuilderMessages } from "@/components/surveys/builder/builder-messages";
import { ImportForm } from "@/components/surveys/builder/import-form";
import { gatePage } from "@/lib/accounts";
import { parseRouteId } from "@/lib/http/route-id";
import { getSurveyDraft } from "@/lib/surveys";
import { importDefinitionAction } from "./actions";

export const generateMetadata = pageTitle("builder.import");

/** Upload a definition file: a new concept survey, or (?naar=<id>) new questions for an existing draft. */
export default async function ImportSurveyPage({
  searchParams,
}: {
  searchParams: Promise<{ naar?: string }>;
}) {
  await connection();
  await gatePage("survey:edit", "/beheer/surveys/import");
  const { naar } = await searchParams;
  const targetId = parseRouteId(naar);
  const target = targetId === null ? undefined : await getSurveyDraft(targetId);
  if (naar && !target?.editable) notFound();
  const t = await getTranslations("builder");
  return (
    <>
      <p>
        <Link href={target ? `/beheer/surveys/${target.id}/bewerken` : "/beheer"}>
          {target ? t("preview.backToEditor") : t("common.backToList")}
        </Link>
      </p>
      <h1>{t("import.title")}</h1>
      <p>{target ? t("import.introReplace", { title: target.title }) : t("import.intro")}</p>
      <BuilderMessages>
        <ImportForm
          action={importDefinitionAction}
          target={target ? { surveyId: target.id, revision: target.revision } : undefined}
        />
      </BuilderMessages>
    </>
  );
}
