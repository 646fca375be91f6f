import "@/components/paper-entry/paper-entry.css";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { conditionSentence } from "@/components/paper-entry/condition-sentence";
import { EntryForm } from "@/components/paper-entry/entry-form";
import { conditionWords, getEntrySurvey, listEntryDecisions, questionNumbers } from "@/lib/fieldwork";
import type { IdPageProps } from "@/lib/http/search-params";
import { gatedSurvey } from "../gated-survey";
import { enterResponseAction } from "./actions";

export const generateMetadata = pageTitle("entry.entry", "pageTitle");

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Staff enter a paper questionnaire or a phone call's answers (response:enter): one screen with
 * every question, by keyboard; forms waiting for a double-entry decision are listed under it.
 */
export default async function EntryPage({ params, searchParams }: IdPageProps) {
  await connection();
  const { id } = await params;
  const { surveyId } = await gatedSurvey(id, "response:enter", "/invoeren");
  const [survey, decisions, t, query] = await Promise.all([
    getEntrySurvey(surveyId),
    listEntryDecisions(surveyId),
    getTranslations("entry"),
    searchParams,
  ]);
  if (!survey) notFound();
  const numbers = questionNumbers(survey.definition);
  const translate = (key: string, values?: Record<string, string | number>) => t(key, values);
  // A question on a page that applies to some residents only carries the page's condition too.
  const questions = survey.definition.pages.flatMap((page) =>
    page.questions.map((question) => {
      const conditions = [page.visibleIf, question.visibleIf].filter((c) => c !== undefined);
      const condition =
        conditions.length === 0
          ? null
          : conditionSentence(
              conditionWords(
                conditions.length === 1 ? conditions[0] : { all: conditions },
                survey.definition,
              ),
              translate,
            );
      return { question, number: numbers.get(question.id) ?? 0, condition };
    }),
  );

  return (
    <ClientMessages namespaces={["auth", "beheer", "entry", "validation"]}>
      <p className="survey-back">
        <Link href={`/beheer/surveys/${survey.id}`}>{t("back")}</Link>
      </p>
      <h1>{t("entry.title", { title: survey.title })}</h1>
      {one(query.besloten) === "1" ? <Notice tone="success">{t("decision.decided")}</Notice> : null}
      {survey.open ? (
        <>
          <p>{t("entry.intro")}</p>
          <EntryForm
            surveyId={survey.id}
            questions={questions}
            initialCode={one(query.code).slice(0, 40)}
            action={enterResponseAction}
          />
        </>
      ) : (
        <Notice>{t("entry.notOpen")}</Notice>
      )}
      {decisions.length > 0 ? (
        <section className="survey-section" aria-labelledby="beslissen-titel">
          <h2 id="beslissen-titel">{t("entry.decisionsTitle")}</h2>
          <p>{t("entry.decisionsIntro")}</p>
          <ul>
            {decisions.map((d) => (
              <li key={d.code}>
                <Link
                  href={`/beheer/surveys/${survey.id}/invoeren/verschillen/${encodeURIComponent(d.code)}`}
                >
                  {t("entry.decide", { code: d.code })}
                </Link>{" "}
                ({t("entry.enteredBy", { names: d.enteredBy.join(", ") })})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </ClientMessages>
  );
}
