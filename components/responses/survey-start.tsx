import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { contentLanguageProps } from "@/components/text/content-language";
import { Paragraphs } from "@/components/text/paragraphs";
import { getFormatter } from "@/i18n/formatter";
import type { Locale } from "@/i18n/locales";
import { generateResumeToken } from "@/lib/responses";
import type { OpenSurvey } from "@/lib/surveys";
import { SurveyLanguageSwitch } from "./survey-language-switch";

/**
 * A survey's start page: introduction, privacy text and the start form. Through a personal
 * invitation it also says how the answers are kept (anonymous or linked to the membership), and
 * carries the invitation in the form.
 */
export async function SurveyStart({
  survey,
  continuePageId,
  invitationToken,
  notice,
  action,
}: {
  survey: OpenSurvey;
  /** The page this browser's unfinished response is on, if any. */
  continuePageId: string | null;
  invitationToken?: string;
  /** A message from where the respondent came from (a refused invitation). */
  notice?: "invitationUsed";
  action: (formData: FormData) => Promise<void>;
}) {
  const t = await getTranslations("survey.start");
  const format = await getFormatter();
  const { definition } = survey;
  const contentLanguage = contentLanguageProps(survey.language, (await getLocale()) as Locale);
  // Drawn per render and posted back: a repeated start request finds the same response. The
  // resume code is drawn by the server (lib/responses/data/responses.ts), never taken from the request.
  const token = generateResumeToken();

  return (
    <div className="container">
      {notice ? (
        // biome-ignore lint/a11y/noAutofocus: the message explains why the respondent is back here
        <div className="alert alert--error" role="alert" tabIndex={-1} autoFocus>
          <p>{t(notice)}</p>
        </div>
      ) : null}
      <SurveyLanguageSwitch
        survey={survey}
        returnTo={invitationToken ? `/s/${survey.slug}/uitnodiging/${invitationToken}` : `/s/${survey.slug}`}
      />
      <h1 {...contentLanguage}>{definition.title}</h1>
      {invitationToken ? (
        <section className="alert" aria-labelledby="uitnodiging-titel">
          <h2 id="uitnodiging-titel">{t("invitationTitle")}</h2>
          <p>{t(survey.anonymity === "pseudonymous" ? "invitationPseudonymous" : "invitationAnonymous")}</p>
        </section>
      ) : null}
      <div {...contentLanguage}>
        <Paragraphs text={definition.intro} />
      </div>
      {definition.estimatedMinutes ? <p>{t("minutes", { minutes: definition.estimatedMinutes })}</p> : null}
      {survey.closesAt ? (
        <p>{t("closesAt", { date: format.dateTime(survey.closesAt, { dateStyle: "long" }) })}</p>
      ) : null}

      {continuePageId ? (
        <section className="alert" aria-labelledby="verder-titel">
          <h2 id="verder-titel">{t("continueTitle")}</h2>
          <p>{t("continueText")}</p>
          <Link className="button" href={`/s/${survey.slug}/vraag/${continuePageId}`}>
            {t("continueButton")}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="privacy-titel">
        <h2 id="privacy-titel">{t("privacyTitle")}</h2>
        <div {...contentLanguage}>
          <Paragraphs text={definition.privacy} />
        </div>
      </section>

      <form action={action}>
        <input type="hidden" name="_slug" value={survey.slug} />
        <input type="hidden" name="_token" value={token} />
        {invitationToken ? <input type="hidden" name="_invitation" value={invitationToken} /> : null}
        <div className="button-row">
          <button type="submit" className={continuePageId ? "button button--secondary" : "button"}>
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
