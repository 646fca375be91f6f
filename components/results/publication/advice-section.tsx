import { getTranslations } from "next-intl/server";
import { Paragraphs } from "@/components/text/paragraphs";
import { getFormatter } from "@/i18n/formatter";
import type { PublishedAdviceSnapshot } from "@/lib/results";

/**
 * The Adviesraad's advice and the municipality's official response, point by point: each advice
 * point with the verdict on it (overgenomen, deels, niet) and the explanation, as the council got them.
 */
export async function AdviceSection({ rounds }: { rounds: readonly PublishedAdviceSnapshot[] }) {
  const [t, tVerdict, format] = await Promise.all([
    getTranslations("publication.advice"),
    getTranslations("review.verdict"),
    getFormatter(),
  ]);
  const date = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "Europe/Amsterdam" });
  const Heading = rounds.length > 1 ? "h4" : "h3";
  return (
    <section className="publication-section" aria-labelledby="advies">
      <h2 id="advies">{t("title")}</h2>
      {rounds.length === 0 ? <p>{t("none")}</p> : <p>{t("intro")}</p>}
      {rounds.map((round) => (
        <div key={round.roundNumber} className="publication-advice">
          {rounds.length > 1 ? (
            <h3>{t("round", { number: round.roundNumber, version: round.versionNumber })}</h3>
          ) : null}
          <Heading>{t("adviceTitle")}</Heading>
          <p className="muted">{t("submittedAt", { date: date(round.advice.submittedAt) })}</p>
          <Paragraphs text={round.advice.introduction} />
          <Heading>{t("responseTitle")}</Heading>
          {round.response ? (
            <>
              <p className="muted">{t("finalizedAt", { date: date(round.response.finalizedAt) })}</p>
              <Paragraphs text={round.response.introduction} />
            </>
          ) : (
            <p>{t("noResponse")}</p>
          )}
          <ol className="publication-advice__points">
            {round.points.map((point) => (
              <li key={point.number} className="publication-advice__point">
                <p className="publication-advice__label">{t("point", { number: point.number })}</p>
                <Paragraphs text={point.body} />
                {point.questions.length > 0 ? (
                  <p className="muted">
                    {t("about")}{" "}
                    {point.questions
                      .map((q) =>
                        q.number === null
                          ? (q.text ?? q.id)
                          : t("aboutQuestion", { number: q.number, text: q.text ?? "" }),
                      )
                      .join("; ")}
                  </p>
                ) : null}
                <div className="publication-advice__response">
                  {point.response ? (
                    <>
                      <p>
                        <strong>{t("verdict")}</strong> {tVerdict(point.response.verdict)}
                        {point.response.handledInVersionNumber !== null
                          ? ` ${t("handledIn", { version: point.response.handledInVersionNumber })}`
                          : ""}
                      </p>
                      {point.response.explanation ? <Paragraphs text={point.response.explanation} /> : null}
                    </>
                  ) : (
                    <p>{t("noPointResponse")}</p>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}
