import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Paragraphs } from "@/components/text/paragraphs";
import { findSurveyForRespondent } from "@/lib/data/public-surveys";
import { loadRespondentSession } from "@/lib/respondent/respondent-session";
import { generateResumeCode, generateResumeToken } from "@/lib/respondent/resume-tokens";
import { startSurveyAction } from "./actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lookup = findSurveyForRespondent((await params).slug);
  return lookup.state === "open" ? { title: lookup.survey.title } : {};
}

export default async function SurveyStartPage({ params }: Params) {
  const { slug } = await params;
  const session = await loadRespondentSession(slug);
  if (session.kind === "unknown" || session.kind === "closed") notFound();
  const t = await getTranslations("survey.start");
  const format = await getFormatter();
  const { survey } = session;
  const { definition } = survey;
  const inProgress = session.kind === "active" && session.response.status === "in_progress";
  // Drawn per render and posted back: a repeated start request finds the same response.
  const token = generateResumeToken();
  const code = generateResumeCode();

  return (
    <div className="container">
      <h1>{definition.title}</h1>
      <Paragraphs text={definition.intro} />
      {definition.estimatedMinutes ? <p>{t("minutes", { minutes: definition.estimatedMinutes })}</p> : null}
      {survey.closesAt ? (
        <p>{t("closesAt", { date: format.dateTime(survey.closesAt, { dateStyle: "long" }) })}</p>
      ) : null}

      {inProgress && session.kind === "active" ? (
        <section className="alert" aria-labelledby="verder-titel">
          <h2 id="verder-titel">{t("continueTitle")}</h2>
          <p>{t("continueText")}</p>
          <Link className="button" href={`/s/${survey.slug}/vraag/${session.response.currentPageId}`}>
            {t("continueButton")}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="privacy-titel">
        <h2 id="privacy-titel">{t("privacyTitle")}</h2>
        <Paragraphs text={definition.privacy} />
      </section>

      <form action={startSurveyAction}>
        <input type="hidden" name="_slug" value={survey.slug} />
        <input type="hidden" name="_token" value={token} />
        <input type="hidden" name="_code" value={code} />
        <div className="button-row">
          <button type="submit" className={inProgress ? "button button--secondary" : "button"}>
            {t("button")}
          </button>
        </div>
      </form>
      <p className="resume-link">
        <Link href={`/s/${survey.slug}/hervatten`}>{t("resumeLink")}</Link>
      </p>
    </div>
  );
}
