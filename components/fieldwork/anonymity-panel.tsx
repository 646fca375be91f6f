import { getTranslations } from "next-intl/server";
import type { ServerAction } from "@/lib/accounts";
import type { FieldworkSurvey } from "@/lib/fieldwork";
import { AnonymityForm } from "./anonymity-form";

/** How panel responses are kept: the current setting in words, and the form while it may change. */
export async function AnonymityPanel({
  survey,
  canEdit,
  action,
}: {
  survey: FieldworkSurvey;
  /** The user may edit surveys (survey:edit). */
  canEdit: boolean;
  action: ServerAction<never>;
}) {
  const t = await getTranslations("fieldwork.anonymity");
  const current =
    survey.anonymity === "pseudonymous"
      ? t("pseudonymous")
      : survey.allowBreakdowns
        ? t("anonymousBreakdowns")
        : t("anonymous");
  return (
    <section className="fieldwork-section" aria-labelledby="anonymity-title">
      <h2 id="anonymity-title">{t("title")}</h2>
      <p data-testid="anonymity-current">
        <strong>{t("current")}</strong> {current}
      </p>
      <p>{t("toldRespondents")}</p>
      {survey.anonymityEditable && canEdit ? (
        <AnonymityForm
          action={action}
          surveyId={survey.id}
          anonymity={survey.anonymity}
          allowBreakdowns={survey.allowBreakdowns}
        />
      ) : (
        <p className="muted">{t("fixed")}</p>
      )}
    </section>
  );
}
