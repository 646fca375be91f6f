import { getTranslations } from "next-intl/server";
import type { PublishedQuote } from "@/lib/results";

/** Residents' own words: quotes staff picked, as moderated (personal data redacted), per question. */
export async function QuotesSection({ quotes }: { quotes: readonly PublishedQuote[] }) {
  const t = await getTranslations("publication.quotes");
  const byQuestion = new Map<string, PublishedQuote[]>();
  for (const quote of quotes)
    byQuestion.set(quote.questionId, [...(byQuestion.get(quote.questionId) ?? []), quote]);
  return (
    <section className="publication-section" aria-labelledby="citaten">
      <h2 id="citaten">{t("title")}</h2>
      {quotes.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          {[...byQuestion.values()].map((group) => {
            const first = group[0] as PublishedQuote;
            return (
              <div key={first.questionId} className="publication-quotes">
                <h3>
                  {first.questionNumber === null
                    ? first.questionText
                    : t("question", { number: first.questionNumber, text: first.questionText })}
                </h3>
                <ul className="publication-quotes__list">
                  {group.map((quote, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: quotes of one question do not reorder
                    <li key={i}>
                      <blockquote className="publication-quote">
                        <p>{quote.text}</p>
                      </blockquote>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
