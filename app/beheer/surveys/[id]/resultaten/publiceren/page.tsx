import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { PublicationView } from "@/components/results/publication/publication-view";
import { ConfirmStepForm, SummaryForm } from "@/components/results/publication/publish-forms";
import { getFormatter } from "@/i18n/formatter";
import { getPublicationState, isPublicDimension, previewPublication } from "@/lib/results";
import { gatedSurvey } from "../../gated-survey";
import { publishResultsAction, saveSummaryAction, unpublishResultsAction } from "./actions";

export const generateMetadata = pageTitle("publication.staff", "pageTitle");

const DONE = { opgeslagen: "saved", gepubliceerd: "published", ingetrokken: "withdrawn" } as const;

/**
 * Publishing a closed survey's results: the public summary, a preview of exactly what will be
 * public (disclosure control applied: staff see "x" where the public will) with the disclosure
 * audit's verdict — or why the survey cannot be published — and publishing or withdrawing with a
 * confirmation. Plain forms: it all works without JavaScript.
 */
export default async function PublishResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ stap?: string | string[]; uitsplitsing?: string | string[] }>;
}) {
  await connection();
  const { id } = await params;
  const { surveyId, path } = await gatedSurvey(id, "survey:publish", "/resultaten/publiceren");
  const state = await getPublicationState(surveyId);
  if (!state) notFound();
  const { stap, uitsplitsing } = await searchParams;
  const done = typeof stap === "string" && stap in DONE ? DONE[stap as keyof typeof DONE] : null;
  const breakdown = typeof uitsplitsing === "string" && isPublicDimension(uitsplitsing) ? uitsplitsing : null;
  const { survey, publication } = state;
  const live =
    survey.status === "published" && publication?.snapshot && !publication.withdrawnAt
      ? publication.snapshot
      : null;
  // Published with an earlier snapshot format (an older, weaker disclosure control): no longer
  // public; staff withdraw it and publish again through the current protection.
  const outdated = survey.status === "published" && publication !== null && !publication.withdrawnAt && !live;
  const preview = !live && survey.status === "closed" ? await previewPublication(surveyId) : null;
  const blocked = preview && "blocked" in preview ? preview.blocked : null;
  const snapshot = live ?? (preview && "snapshot" in preview ? preview.snapshot : null);
  const [t, tChannels, format] = await Promise.all([
    getTranslations("publication.staff"),
    getTranslations("publication.channels"),
    getFormatter(),
  ]);
  const date = (value: Date) =>
    format.dateTime(value, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });
  const errorTitle = t("errorTitle");

  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="publication-meta">{survey.title}</p>
      {done ? <Notice tone="success">{t(`done.${done}`)}</Notice> : null}

      <section className="survey-section" aria-labelledby="publication-status">
        <h2 id="publication-status">{t("statusTitle")}</h2>
        {live && publication ? (
          <p>
            {t("statusPublished", { date: date(publication.publishedAt) })}{" "}
            <Link href={`/resultaten/${survey.slug}`}>{t("viewPublic")}</Link>
          </p>
        ) : outdated ? (
          <p>{t("statusOutdated")}</p>
        ) : survey.status === "closed" ? (
          <p>
            {publication?.withdrawnAt
              ? t("statusWithdrawn", { date: date(publication.withdrawnAt) })
              : t("statusNotPublished")}
          </p>
        ) : (
          <p>{t("statusNotClosed")}</p>
        )}
        <p>
          {t("threshold", { k: snapshot?.k ?? state.k })}{" "}
          <Link href={`/beheer/surveys/${survey.id}/resultaten/instellingen`}>{t("settingsLink")}</Link>
        </p>
      </section>

      {blocked ? (
        <section className="alert alert--error" aria-labelledby="publication-blocked-title">
          <h2 id="publication-blocked-title">{t("blockedTitle")}</h2>
          <p>
            {blocked.reason === "too-few-respondents"
              ? t("blockedTooFew", { respondents: blocked.respondents, k: blocked.k })
              : blocked.reason === "small-channel"
                ? t("blockedSmallChannel", {
                    channel: tChannels.has(blocked.channel) ? tChannels(blocked.channel) : blocked.channel,
                    responses: blocked.responses,
                    k: blocked.k,
                  })
                : t("blockedUnprotectable")}
          </p>
        </section>
      ) : null}

      {snapshot ? (
        <section className="survey-section" aria-labelledby="publication-audit-title">
          <h2 id="publication-audit-title">{t("auditTitle")}</h2>
          <p>
            {t("auditPassed", {
              k: snapshot.k,
              checked: format.number(snapshot.method.suppression.audit.checked),
              hidden: format.number(snapshot.method.suppression.audit.hidden),
              secondary: format.number(snapshot.method.suppression.audit.secondary),
            })}
          </p>
        </section>
      ) : null}

      {survey.status === "closed" ? (
        <>
          <section className="survey-section" aria-labelledby="publication-summary-title">
            <h2 id="publication-summary-title">{t("summaryTitle")}</h2>
            <SummaryForm
              action={saveSummaryAction}
              surveyId={survey.id}
              summary={survey.summary}
              texts={{
                errorTitle,
                submit: t("summarySave"),
                label: t("summaryLabel"),
                help: t("summaryHelp"),
              }}
            />
          </section>
          <section className="survey-section" aria-labelledby="publication-publish-title">
            <h2 id="publication-publish-title">{t("publishTitle")}</h2>
            <p>{t("publishIntro")}</p>
            <ConfirmStepForm
              id="publish"
              action={publishResultsAction}
              surveyId={survey.id}
              revision={survey.revision}
              summary={survey.summary}
              texts={{ errorTitle, submit: t("publishButton"), confirm: t("publishConfirm") }}
            />
          </section>
        </>
      ) : null}

      {live || outdated ? (
        <section className="survey-section" aria-labelledby="publication-withdraw-title">
          <h2 id="publication-withdraw-title">{t("withdrawTitle")}</h2>
          <p>{t("withdrawIntro")}</p>
          <ConfirmStepForm
            id="unpublish"
            action={unpublishResultsAction}
            surveyId={survey.id}
            revision={survey.revision}
            texts={{ errorTitle, submit: t("withdrawButton"), confirm: t("withdrawConfirm") }}
          />
        </section>
      ) : null}

      {snapshot ? (
        <section className="publication-preview" aria-labelledby="publication-preview-title">
          <h2 id="publication-preview-title">{live ? t("liveTitle") : t("previewTitle")}</h2>
          <p>{live ? t("liveIntro") : t("previewIntro")}</p>
          <PublicationView snapshot={snapshot} breakdown={breakdown} formAction={path} preview />
        </section>
      ) : null}
    </>
  );
}
