import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SurveyStart } from "@/components/responses/survey-start";
import { loadRespondentSession } from "@/lib/responses";
import { findSurveyForRespondent } from "@/lib/surveys";
import { startSurveyAction } from "./actions";

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<{ melding?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lookup = await findSurveyForRespondent((await params).slug);
  return lookup.state === "open" ? { title: lookup.survey.title } : {};
}

export default async function SurveyStartPage({ params, searchParams }: Params) {
  const session = await loadRespondentSession((await params).slug);
  if (session.kind === "unknown" || session.kind === "closed") notFound();
  const continuePageId =
    session.kind === "active" && session.response.status === "in_progress"
      ? session.response.currentPageId
      : null;
  const notice = (await searchParams).melding === "uitnodiging-gebruikt" ? "invitationUsed" : undefined;
  return (
    <SurveyStart
      survey={session.survey}
      continuePageId={continuePageId}
      notice={notice}
      action={startSurveyAction}
    />
  );
}
