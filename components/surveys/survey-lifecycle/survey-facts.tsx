import "./survey-overview.css";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/formatter";
import type { SurveyOverview } from "@/lib/surveys";

/** The survey's state at a glance: status, address, current version, responses, dates. */
export async function SurveyFacts({ survey }: { survey: SurveyOverview }) {
  const [t, format] = await Promise.all([getTranslations("lifecycle"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeStyle: "short" });
  const version = survey.currentVersion;
  return (
    <dl className="survey-facts">
      <div>
        <dt>{t("overview.status")}</dt>
        <dd>
          <span className={`status status--${survey.status}`}>{t(`status.${survey.status}`)}</span>
        </dd>
      </div>
      <div>
        <dt>{t("overview.address")}</dt>
        <dd>
          <code>/s/{survey.slug}</code>
        </dd>
      </div>
      <div>
        <dt>{t("overview.currentVersion")}</dt>
        <dd>
          {!version
            ? t("overview.noVersion")
            : version.frozenAt
              ? t("overview.versionFrozen", { number: version.number, date: date(version.frozenAt) })
              : t("overview.versionDraft", { number: version.number })}
        </dd>
      </div>
      <div>
        <dt>{t("overview.responses")}</dt>
        <dd>
          {t("overview.responseCounts", {
            completed: format.number(survey.completed),
            inProgress: format.number(survey.inProgress),
          })}
        </dd>
      </div>
      {survey.opensAt ? (
        <div>
          <dt>{t("overview.opensAt")}</dt>
          <dd>{date(survey.opensAt)}</dd>
        </div>
      ) : null}
      {survey.closesAt ? (
        <div>
          <dt>{t("overview.closesAt")}</dt>
          <dd>{date(survey.closesAt)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
