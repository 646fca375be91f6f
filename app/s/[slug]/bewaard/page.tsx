import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { sendResumeLinkAction } from "@/app/s/[slug]/actions";
import { pageTitle } from "@/components/layout/page-title";
import { ResumeMailForm } from "@/components/responses/resume-mail-form";
import { env } from "@/lib/env";
import { loadRespondentSession } from "@/lib/responses";

type Params = { params: Promise<{ slug: string }> };

export const generateMetadata = pageTitle("survey.saved");

export default async function SurveySavedPage({ params }: Params) {
  const { slug } = await params;
  const session = await loadRespondentSession(slug);
  if (session.kind === "unknown" || session.kind === "closed") notFound();
  if (session.kind === "none") redirect(`/s/${slug}`);
  const { survey, response, keys } = session;
  if (response.status === "completed") redirect(`/s/${survey.slug}/klaar`);
  const t = await getTranslations("survey.saved");
  const link = `${env().PEILING_BASE_URL}/s/${survey.slug}/hervatten/${keys.token}`;
  return (
    <div className="container">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("linkLabel")}</h2>
      <p className="resume-secret">
        <a href={link} data-testid="resume-link">
          {link}
        </a>
      </p>
      <h2>{t("codeLabel")}</h2>
      <p className="resume-secret resume-code" data-testid="resume-code">
        {keys.code}
      </p>
      <p>{t("codeHelp")}</p>
      <section aria-labelledby="link-mailen-titel">
        <h2 id="link-mailen-titel">{t("mailTitle")}</h2>
        <ResumeMailForm slug={survey.slug} action={sendResumeLinkAction} />
      </section>
      <p>
        <Link className="button" href={`/s/${survey.slug}/vraag/${response.currentPageId}`}>
          {t("continue")}
        </Link>
      </p>
    </div>
  );
}
