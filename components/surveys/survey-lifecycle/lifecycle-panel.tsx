import "./survey-overview.css";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can, type Role, type ServerAction } from "@/lib/accounts";
import { allowedTransitions, isPublicationStep, type SurveyOverview } from "@/lib/surveys";
import { LifecycleSteps } from "./lifecycle-steps";

/**
 * "Next step" on a survey's overview: what its status means, links to the editor and the review,
 * and one form per lifecycle step this user may take now. Sharing with the Adviesraad is a link
 * to the review's share form, which also asks for the advice deadline; publishing results and
 * withdrawing them are links to the publish page, which shows what will be public first.
 */
export async function LifecyclePanel({
  survey,
  role,
  action,
}: {
  survey: SurveyOverview;
  role: Role;
  action: ServerAction<never>;
}) {
  const t = await getTranslations("lifecycle");
  const base = `/beheer/surveys/${survey.id}`;
  const steps = allowedTransitions(survey.status).filter((step) => can(role, step.permission));
  const links: { href: string; label: string; description?: string }[] = [];
  if (survey.status === "concept" && can(role, "survey:edit")) {
    links.push({ href: `${base}/bewerken`, label: t("overview.edit") });
  }
  const share = steps.find((step) => step.viaReviewShare);
  if (share) {
    links.push({
      href: `${base}/review`,
      label: t("transitions.share.label"),
      description: t("transitions.share.description"),
    });
  }
  if (survey.status === "in_review" || survey.status === "ready") {
    links.push({ href: `${base}/review`, label: t("overview.review") });
  }
  if (survey.status === "open") links.push({ href: `/s/${survey.slug}`, label: t("overview.viewSurvey") });
  for (const step of steps.filter(isPublicationStep)) {
    links.push({
      href: `${base}/resultaten/publiceren`,
      label: t(`transitions.${step.name}.label`),
      description: t(`transitions.${step.name}.description`),
    });
  }
  const forms = steps.filter((step) => !step.viaReviewShare && !isPublicationStep(step));
  // Not a step of the lifecycle: translating is possible in every status (read-only once closed).
  const noSteps = forms.length === 0 && links.length === 0;
  if (can(role, "survey:edit")) {
    const tTranslations = await getTranslations("builder.translations");
    links.push({
      href: `${base}/vertalingen`,
      label: tTranslations("link"),
      description: tTranslations("linkNote"),
    });
  }

  return (
    <section className="survey-section" aria-labelledby="next-step-title">
      <h2 id="next-step-title">{t("overview.nextStep")}</h2>
      <p>{t(`overview.statusHelp.${survey.status}`)}</p>
      {links.length > 0 ? (
        <ul className="lifecycle-links">
          {links.map((link) => (
            <li key={`${link.href}-${link.label}`}>
              <Link href={link.href}>{link.label}</Link>
              {link.description ? <p className="lifecycle-step__description">{link.description}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {noSteps ? <p>{t("overview.noSteps")}</p> : null}
      <LifecycleSteps
        action={action}
        surveyId={survey.id}
        revision={survey.revision}
        steps={forms.map((step) => ({
          to: step.to,
          label: t(`transitions.${step.name}.label`),
          description: t(`transitions.${step.name}.description`),
        }))}
        errorTitle={t("overview.errorTitle")}
        reloadLabel={t("overview.reload")}
        reloadHref={base}
      />
    </section>
  );
}
