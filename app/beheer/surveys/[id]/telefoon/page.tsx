import "@/components/paper-entry/paper-entry.css";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { PhoneScript } from "@/components/paper-entry/phone-script";
import { StartCallForm } from "@/components/paper-entry/start-call-form";
import { getEntrySurvey } from "@/lib/fieldwork";
import { gatedSurvey } from "../gated-survey";
import { startCallAction } from "./actions";

export const generateMetadata = pageTitle("entry.phone", "pageTitle");

/** The call script for staff phoning residents, and the way into the entry screen for a call. */
export default async function PhonePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "response:enter", "/telefoon");
  const [survey, t] = await Promise.all([getEntrySurvey(surveyId), getTranslations("entry")]);
  if (!survey) notFound();
  return (
    <ClientMessages namespaces={["auth", "beheer", "entry"]}>
      <p className="survey-back">
        <Link href={`/beheer/surveys/${survey.id}`}>{t("back")}</Link>
      </p>
      <h1>{t("phone.title", { title: survey.title })}</h1>
      <p>{t("phone.intro")}</p>
      {survey.open ? (
        <StartCallForm surveyId={survey.id} action={startCallAction} />
      ) : (
        <Notice>{t("phone.notOpen")}</Notice>
      )}
      <PhoneScript definition={survey.definition} />
    </ClientMessages>
  );
}
