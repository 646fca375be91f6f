import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { sendResponseAction } from "@/app/s/[slug]/actions";
import { ReviewAnswers } from "@/components/responses/review-answers";
import { ReviewSendForm } from "@/components/responses/review-send-form";
import { SurveyLanguageSwitch } from "@/components/responses/survey-language-switch";
import { contentLanguageProps } from "@/components/text/content-language";
import type { Locale } from "@/i18n/locales";
import { reviewableSession } from "@/lib/responses";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("survey.review");
  return { title: t("title") };
}

/**
 * Before sending: every answer on the resident's path, a link to change each page, and the one
 * "Versturen" that completes the response (with an optional copy of the answers by mail).
 * Only this browser's response, and only once its last page is reached and every page is complete.
 */
export default async function SurveyReviewPage({ params }: Params) {
  const { slug } = await params;
  const session = await reviewableSession(slug);
  if (session.kind === "unknown" || session.kind === "closed") notFound();
  if (session.kind === "none") redirect(`/s/${slug}`);
  const { survey, summary } = session;
  const t = await getTranslations("survey.review");
  // A survey not translated into the page's language is shown in Dutch, marked as such.
  const contentLanguage = contentLanguageProps(survey.language, (await getLocale()) as Locale);
  return (
    <div className="container">
      <SurveyLanguageSwitch survey={survey} returnTo={`/s/${survey.slug}/controleren`} />
      <p className="survey-title" {...contentLanguage}>
        {survey.title}
      </p>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <div {...contentLanguage}>
        <ReviewAnswers slug={survey.slug} pages={summary} />
      </div>
      <section aria-labelledby="versturen-titel">
        <h2 id="versturen-titel">{t("sendTitle")}</h2>
        <ReviewSendForm slug={survey.slug} action={sendResponseAction} />
      </section>
    </div>
  );
}
