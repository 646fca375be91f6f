import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/layout/notice";
import { Paragraphs } from "@/components/text/paragraphs";
import { findSurveyForRespondent } from "@/lib/surveys";

type Params = { params: Promise<{ slug: string }> };

export const metadata = { title: "Bedankt" };

/** The closing page. It identifies no response: the browser's link to the answers is already gone. */
export default async function SurveyDonePage({ params }: Params) {
  const lookup = await findSurveyForRespondent((await params).slug);
  if (lookup.state === "unknown") notFound();
  const t = await getTranslations("survey.done");
  return (
    <div className="container">
      <Notice tone="success">{t("sent")}</Notice>
      <h1>{t("title")}</h1>
      {lookup.state === "open" ? <Paragraphs text={lookup.survey.definition.closing} /> : null}
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
