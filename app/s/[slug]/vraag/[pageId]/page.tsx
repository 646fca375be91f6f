import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { savePageAction } from "@/app/s/[slug]/actions";
import { SurveyLanguageSwitch } from "@/components/responses/survey-language-switch";
import { SurveyPageForm } from "@/components/responses/survey-page-form";
import { SurveyProgress } from "@/components/responses/survey-progress";
import { contentLanguageProps } from "@/components/text/content-language";
import type { Locale } from "@/i18n/locales";
import {
  evaluatePage,
  findPage,
  loadRespondentSession,
  pageContext,
  pagesInPath,
  progressOf,
  RETURN_TO_REVIEW,
} from "@/lib/responses";
import { type Answers, findSurveyForRespondent, formValuesFromAnswers } from "@/lib/surveys";

type Params = {
  params: Promise<{ slug: string; pageId: string }>;
  searchParams: Promise<{ controleer?: string; terug?: string }>;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, pageId } = await params;
  const lookup = await findSurveyForRespondent(slug);
  if (lookup.state !== "open") return {};
  const page = findPage(lookup.survey.definition, pageId);
  return { title: page ? `${page.title} – ${lookup.survey.title}` : lookup.survey.title };
}

export default async function SurveyQuestionPage({ params, searchParams }: Params) {
  const { slug, pageId } = await params;
  const session = await loadRespondentSession(slug);
  if (session.kind === "unknown" || session.kind === "closed") notFound();
  if (session.kind === "none") redirect(`/s/${slug}`);
  const { survey, response } = session;
  if (response.status === "completed") redirect(`/s/${survey.slug}/klaar`);

  const { definition } = survey;
  const path = pagesInPath(definition, response.answers);
  const index = path.findIndex((p) => p.id === pageId);
  const reached = path.findIndex((p) => p.id === response.currentPageId);
  // Pages are visited in order: a URL cannot skip ahead of the page the respondent reached.
  if (index < 0 || (reached >= 0 && index > reached)) {
    redirect(`/s/${survey.slug}/vraag/${response.currentPageId ?? path[0].id}`);
  }
  const page = path[index];
  const context = pageContext(definition, response.answers, page);
  const initialValues = formValuesFromAnswers(page.questions, response.answers as Answers);
  const query = await searchParams;
  // After the last page found a gap on an earlier page, show what is missing here straight away.
  const check = query.controleer === "1" ? evaluatePage(page, context, initialValues).errors : [];
  const progress = progressOf(definition, response.answers, page.id);
  const t = await getTranslations("survey.page");
  // A survey not translated into the interface's language is shown in Dutch, marked as such.
  const contentLanguage = contentLanguageProps(survey.language, (await getLocale()) as Locale);

  return (
    <div className="container">
      <SurveyLanguageSwitch survey={survey} returnTo={`/s/${survey.slug}/vraag/${page.id}`} />
      <p className="survey-title" {...contentLanguage}>
        {survey.title}
      </p>
      <SurveyProgress progress={progress} />
      <h1 {...contentLanguage}>{page.title}</h1>
      <div {...contentLanguage}>
        <SurveyPageForm
          slug={survey.slug}
          page={page}
          context={context}
          initialValues={initialValues}
          initialErrors={check}
          isFirst={index === 0}
          isLast={index === path.length - 1}
          returnToReview={query.terug === RETURN_TO_REVIEW}
          action={savePageAction}
        />
      </div>
      <aside className="later" aria-labelledby="later-titel">
        <h2 id="later-titel">{t("laterTitle")}</h2>
        <p>{t("laterText")}</p>
      </aside>
    </div>
  );
}
