import "@/components/paper-entry/paper-entry.css";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { PaperCopy } from "@/components/paper-entry/paper-copy";
import { PrintButton } from "@/components/paper-entry/print-button";
import { PrintRunForm } from "@/components/paper-entry/print-run-form";
import { getPrintRun } from "@/lib/fieldwork";
import type { IdPageProps } from "@/lib/http/search-params";
import { gatedSurvey } from "../gated-survey";
import { printRunAction } from "./actions";

export const generateMetadata = pageTitle("entry.paper", "pageTitle");

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * The paper questionnaire: staff choose how many copies and whether in large type; every copy
 * gets its own response code and the run prints on A4 (components/paper-entry/paper-entry.css),
 * without the staff navigation.
 */
export default async function PaperPage({ params, searchParams }: IdPageProps) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "response:enter", "/papier");
  const query = await searchParams;
  const batch = one(query.partij);
  const large = one(query.groot) === "1";
  const [run, t] = await Promise.all([getPrintRun(surveyId, batch || null), getTranslations("entry")]);
  if (!run) notFound();
  const { survey, codes } = run;

  return (
    <ClientMessages namespaces={["auth", "beheer", "entry"]}>
      <div className="no-print">
        <p className="survey-back">
          <Link href={`/beheer/surveys/${survey.id}`}>{t("back")}</Link>
        </p>
        <h1>{t("paper.title", { title: survey.title })}</h1>
        <p>{t("paper.intro")}</p>
        {survey.printable ? (
          <PrintRunForm surveyId={survey.id} large={large} action={printRunAction} />
        ) : (
          <Notice>{t("paper.notPrintable")}</Notice>
        )}
        {codes.length > 0 ? (
          <div className="paper-controls">
            <Notice tone="success">{t("paper.ready", { count: codes.length })}</Notice>
            <PrintButton />
          </div>
        ) : null}
      </div>
      {codes.length > 0 ? (
        <div className="paper-copies">
          {codes.map((code) => (
            <PaperCopy key={code} definition={survey.definition} code={code} large={large} />
          ))}
        </div>
      ) : null}
    </ClientMessages>
  );
}
