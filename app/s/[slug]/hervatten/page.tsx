import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { ResumeCodeForm } from "@/components/responses/resume-code-form";
import { findSurveyForRespondent } from "@/lib/surveys";
import { resumeWithCodeAction } from "../actions";

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<{ link?: string }> };

export const generateMetadata = pageTitle("survey.resume");

export default async function SurveyResumePage({ params, searchParams }: Params) {
  const lookup = await findSurveyForRespondent((await params).slug);
  if (lookup.state !== "open") notFound();
  const t = await getTranslations("survey.resume");
  const linkExpired = (await searchParams).link === "verlopen";
  return (
    <div className="container">
      <p className="survey-title">{lookup.survey.title}</p>
      <h1>{t("title")}</h1>
      {linkExpired ? <Notice>{t("linkExpired")}</Notice> : null}
      <p>{t("intro")}</p>
      <ResumeCodeForm slug={lookup.survey.slug} action={resumeWithCodeAction} />
      <p>
        <Link href={`/s/${lookup.survey.slug}`}>{t("startOver")}</Link>
      </p>
    </div>
  );
}
