import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch";
import type { OpenSurvey } from "@/lib/surveys";

/**
 * The survey's own language choice, on its start page and every question page: Dutch and each
 * language the survey is completely translated into. A plain link (works without JavaScript) that
 * changes only the locale cookie and comes back to the same page; the response hangs on its own
 * cookie, so answers and place stay. Nothing when the survey has Dutch only.
 */
export async function SurveyLanguageSwitch({ survey, returnTo }: { survey: OpenSurvey; returnTo: string }) {
  if (survey.languages.length < 2) return null;
  const t = await getTranslations("survey");
  return (
    <LanguageSwitch
      offered={survey.languages}
      current={survey.language}
      returnTo={returnTo}
      label={t("languageSwitch")}
    />
  );
}
