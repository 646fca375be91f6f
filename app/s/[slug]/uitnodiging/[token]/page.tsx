import { notFound } from "next/navigation";
import { startSurveyAction } from "@/app/s/[slug]/actions";
import { pageTitle } from "@/components/layout/page-title";
import { SurveyStart } from "@/components/responses/survey-start";
import { checkInvitation } from "@/lib/fieldwork";
import { findSurveyForRespondent } from "@/lib/surveys";

type Params = { params: Promise<{ slug: string; token: string }> };

export const generateMetadata = pageTitle("survey.start", "invitationTitle");

/** A personal invitation's link: the survey's start page, carrying the invitation into the response. */
export default async function InvitationPage({ params }: Params) {
  const { slug, token } = await params;
  const lookup = await findSurveyForRespondent(slug);
  // Closed, unknown, used or mistyped: one answer for all (./not-found.tsx).
  if (lookup.state !== "open") notFound();
  if (!(await checkInvitation(lookup.survey.id, token))) notFound();
  return (
    <SurveyStart
      survey={lookup.survey}
      continuePageId={null}
      invitationToken={token}
      action={startSurveyAction}
    />
  );
}
