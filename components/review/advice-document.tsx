import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Paragraphs } from "@/components/text/paragraphs";
import { getFormatter } from "@/i18n/formatter";
import type { AdviceView, QuestionRef, ResponseView } from "@/lib/review";
import { LateTag } from "./late-tag";

/**
 * Submitted advice as a document, dated and attributed to the Adviesraad as a body (the member who
 * submitted it is named as such). With a final response, each point shows the municipality's
 * answer beside it.
 */
export async function AdviceDocument({
  advice,
  questions,
  questionHref,
  response,
}: {
  advice: AdviceView;
  questions: Map<string, QuestionRef>;
  questionHref: (questionId: string) => string;
  /** The final response, shown point by point beside the advice. */
  response?: ResponseView | null;
}) {
  const [t, tv, format] = await Promise.all([
    getTranslations("review.adviceDoc"),
    getTranslations("review.verdict"),
    getFormatter(),
  ]);
  const answers = new Map((response?.points ?? []).map((p) => [p.pointId, p]));
  const dateTime = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  return (
    <div className="advice-doc">
      <p className="advice-doc__meta">
        {advice.submittedAt
          ? t("submittedBy", {
              date: dateTime(advice.submittedAt),
              name: advice.submittedByName ?? t("unknownMember"),
            })
          : null}
        <LateTag late={advice.late} label={t("late")} />
      </p>
      <h2>{t("introductionTitle")}</h2>
      <Paragraphs text={advice.introduction} />
      {response ? (
        <>
          <h2>{t("responseIntroductionTitle")}</h2>
          {response.introduction ? (
            <Paragraphs text={response.introduction} />
          ) : (
            <p>{t("noResponseIntroduction")}</p>
          )}
          {response.finalizedAt ? (
            <p className="advice-doc__meta">{t("finalizedAt", { date: dateTime(response.finalizedAt) })}</p>
          ) : null}
        </>
      ) : null}
      <h2>{t("pointsTitle")}</h2>
      <ol className="advice-doc__points">
        {advice.points.map((point) => {
          const answer = answers.get(point.id);
          return (
            <li key={point.id} className={response ? "advice-pair advice-pair--answered" : "advice-pair"}>
              <article className="advice-pair__advice" aria-labelledby={`advice-point-${point.number}`}>
                <h3 id={`advice-point-${point.number}`}>{t("pointTitle", { number: point.number })}</h3>
                <p className="advice-doc__text">{point.body}</p>
                {point.questionIds.length > 0 ? (
                  <>
                    <p className="advice-doc__label">{t("aboutQuestions")}</p>
                    <ul className="advice-doc__questions">
                      {point.questionIds.map((id) => {
                        const ref = questions.get(id);
                        return (
                          <li key={id}>
                            {ref ? (
                              <Link href={questionHref(id)}>
                                {t("questionLink", { number: ref.number, text: ref.text })}
                              </Link>
                            ) : (
                              t("questionGone", { id })
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </>
                ) : (
                  <p className="advice-doc__label">{t("aboutSurvey")}</p>
                )}
              </article>
              {response ? (
                <section
                  className="advice-pair__response"
                  aria-label={t("responseLabel", { number: point.number })}
                >
                  <p className="advice-doc__label">{t("responseTitle")}</p>
                  {answer ? (
                    <>
                      <p>
                        <span className={`verdict verdict--${answer.verdict}`}>{tv(answer.verdict)}</span>
                      </p>
                      {answer.explanation ? <p className="advice-doc__text">{answer.explanation}</p> : null}
                      {answer.handledInVersionNumber ? (
                        <p>{t("handledIn", { number: answer.handledInVersionNumber })}</p>
                      ) : null}
                    </>
                  ) : (
                    <p>{t("noAnswer")}</p>
                  )}
                </section>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
