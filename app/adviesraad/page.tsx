import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AdviceStatusText } from "@/components/review/round-summary";
import { getFormatter } from "@/i18n/formatter";
import "@/components/review/review.css";
import { pageTitle } from "@/components/layout/page-title";
import { gatePage } from "@/lib/accounts";
import { listSharedSurveys } from "@/lib/review";

export const generateMetadata = pageTitle("review.adviesraad", "listTitle");

/** The Adviesraad's start page: every draft shared with them, the newest first. */
export default async function AdviesraadHomePage() {
  await connection();
  await gatePage("review:participate", "/adviesraad");
  const [t, format, surveys] = await Promise.all([
    getTranslations("review.adviesraad"),
    getFormatter(),
    listSharedSurveys(),
  ]);
  return (
    <>
      <h1>{t("listTitle")}</h1>
      <p>{t("listIntro")}</p>
      {surveys.length === 0 ? (
        <p>{t("listEmpty")}</p>
      ) : (
        <ul className="card-list">
          {surveys.map((item) => (
            <li key={item.surveyId} className="card">
              <h2>
                <Link href={`/adviesraad/surveys/${item.surveyId}`}>{item.title}</Link>
              </h2>
              <dl className="round-summary">
                <div>
                  <dt>{t("sharedOn")}</dt>
                  <dd>
                    {format.dateTime(item.latestRound.sharedAt, { dateStyle: "long" })}
                    {item.roundCount > 1 ? ` (${t("round", { number: item.latestRound.number })})` : null}
                  </dd>
                </div>
                <div>
                  <dt>{t("deadline")}</dt>
                  <dd>{format.dateTime(item.latestRound.adviceDeadline, { dateStyle: "long" })}</dd>
                </div>
                <div>
                  <dt>{t("advice")}</dt>
                  <dd>
                    <AdviceStatusText round={item.latestRound} />
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
