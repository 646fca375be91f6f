import "@/components/paper-entry/paper-entry.css";
import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Notice } from "@/components/layout/notice";
import { pageTitle } from "@/components/layout/page-title";
import { DecisionForm } from "@/components/paper-entry/decision-form";
import { getEntryDecision } from "@/lib/fieldwork";
import { gatedSurvey } from "../../../gated-survey";
import { decideEntryAction } from "../../actions";

export const generateMetadata = pageTitle("entry.decision", "pageTitle");

/** Two entries of one paper form differ: where, and which one counts (or neither). */
export default async function DecisionPage({ params }: { params: Promise<{ id: string; code: string }> }) {
  await connection();
  const { id, code: rawCode } = await params;
  const code = decodeURIComponent(rawCode);
  const { surveyId } = await gatedSurvey(
    id,
    "response:enter",
    `/invoeren/verschillen/${encodeURIComponent(code)}`,
  );
  const [decision, t] = await Promise.all([getEntryDecision(surveyId, code), getTranslations("entry")]);
  const back = `/beheer/surveys/${surveyId}/invoeren`;
  if (!decision) {
    return (
      <>
        <p className="survey-back">
          <Link href={back}>{t("entry.pageTitle")}</Link>
        </p>
        <h1>{t("decision.pageTitle")}</h1>
        <Notice>{t("decision.nothing")}</Notice>
      </>
    );
  }
  const [first, second] = decision.entries;
  return (
    <ClientMessages namespaces={["auth", "beheer", "entry"]}>
      <p className="survey-back">
        <Link href={back}>{t("entry.pageTitle")}</Link>
      </p>
      <h1>{t("decision.title", { code: decision.code })}</h1>
      <p>{t("decision.intro")}</p>
      {/* A named section is a region; it scrolls sideways on a narrow screen and takes focus for the arrow keys. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard */}
      <section className="entry-differences" aria-labelledby="verschillen-bijschrift" tabIndex={0}>
        <table className="table">
          <caption id="verschillen-bijschrift">{t("decision.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("decision.question")}</th>
              <th scope="col">{t("decision.entryBy", { number: 1, name: first.enteredBy })}</th>
              <th scope="col">{t("decision.entryBy", { number: 2, name: second.enteredBy })}</th>
            </tr>
          </thead>
          <tbody>
            {decision.differences.map((d) => (
              <tr key={d.questionId}>
                <th scope="row">
                  {t("questionNumber", { number: d.questionNumber })}. {d.questionText}
                </th>
                <td>{d.first || t("decision.empty")}</td>
                <td>{d.second || t("decision.empty")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <DecisionForm
        surveyId={surveyId}
        code={decision.code}
        entries={decision.entries}
        action={decideEntryAction}
      />
    </ClientMessages>
  );
}
