import "./publication.css";
import { getTranslations } from "next-intl/server";
import { Paragraphs } from "@/components/text/paragraphs";
import type { PublicDimension, PublishedResults } from "@/lib/results";
import { AdviceSection } from "./advice-section";
import { BreakdownFigures } from "./breakdown-figures";
import { BreakdownSelector } from "./breakdown-selector";
import { DownloadsSection } from "./downloads-section";
import { MethodSection } from "./method-section";
import { getPublishedFormat } from "./published-format";
import { QuestionFigures } from "./question-figures";
import { QuotesSection } from "./quotes-section";

/** The breakdowns worth offering: at least two groups with figures. */
export function offeredDimensions(snapshot: PublishedResults): PublicDimension[] {
  return snapshot.breakdowns
    .filter((b) => b.groups.filter((g) => !g.withheld).length >= 2)
    .map((b) => b.dimension);
}

/**
 * A publication as the public page shows it (and the publish page previews it): summary, method,
 * results per question (overall, or by the one breakdown chosen), quotes, the advice with the
 * official response, and the downloads. Everything comes from the snapshot.
 */
export async function PublicationView({
  snapshot,
  breakdown,
  formAction,
  preview = false,
}: {
  snapshot: PublishedResults;
  breakdown: PublicDimension | null;
  /** Where the breakdown form goes (this page). */
  formAction: string;
  preview?: boolean;
}) {
  const [t, format] = await Promise.all([
    getTranslations("publication.view"),
    getPublishedFormat(snapshot.k),
  ]);
  const offered = offeredDimensions(snapshot);
  const chosen =
    breakdown && offered.includes(breakdown)
      ? snapshot.breakdowns.find((b) => b.dimension === breakdown)
      : undefined;
  const withheldGroups = chosen?.groups.filter((g) => g.withheld) ?? [];
  const tDimensions = await getTranslations("publication.breakdown.dimensions");
  return (
    <div className="publication">
      <nav className="publication-toc no-print" aria-label={t("tocLabel")}>
        <ul>
          <li>
            <a href="#samenvatting">{t("summaryTitle")}</a>
          </li>
          <li>
            <a href="#methode">{t("methodLink")}</a>
          </li>
          <li>
            <a href="#resultaten">{t("resultsTitle")}</a>
          </li>
          <li>
            <a href="#citaten">{t("quotesLink")}</a>
          </li>
          <li>
            <a href="#advies">{t("adviceLink")}</a>
          </li>
          <li>
            <a href="#downloads">{t("downloadsLink")}</a>
          </li>
        </ul>
      </nav>
      <section className="publication-section publication-section--first" aria-labelledby="samenvatting">
        <h2 id="samenvatting">{t("summaryTitle")}</h2>
        {snapshot.summary ? (
          <Paragraphs text={snapshot.summary} />
        ) : (
          <p className="muted">{t("noSummary")}</p>
        )}
      </section>
      <MethodSection method={snapshot.method} format={format} />
      <section className="publication-section" aria-labelledby="resultaten">
        <h2 id="resultaten">{t("resultsTitle")}</h2>
        <p>{t("resultsIntro", { k: snapshot.k, mark: format.mark() })}</p>
        <BreakdownSelector
          action={`${formAction}#resultaten`}
          dimensions={offered}
          selected={chosen?.dimension ?? null}
        />
        {chosen ? (
          <p className="publication-breakdown-shown" role="status">
            {t("breakdownShown", { dimension: tDimensions(chosen.dimension) })}
            {chosen.panelOnly ? ` ${t("panelOnly")}` : ""}
            {withheldGroups.length > 0
              ? ` ${t("withheldGroups", {
                  k: snapshot.k,
                  groups: withheldGroups
                    .map((g) => format.groupLabel(chosen.dimension, g.value, g.label))
                    .join(", "),
                })}`
              : ""}
          </p>
        ) : null}
        {snapshot.questions.length === 0 ? <p>{t("noQuestions")}</p> : null}
        {snapshot.questions.map((question) => (
          <article
            key={question.questionId}
            className="publication-question"
            aria-labelledby={`vraag-${question.questionId}`}
          >
            <h3 id={`vraag-${question.questionId}`}>
              {t("questionHeading", { number: question.number, text: question.text })}
            </h3>
            {chosen ? (
              <BreakdownFigures
                overall={question}
                breakdown={chosen}
                format={format}
                id={`fig-${question.questionId}`}
              />
            ) : (
              <QuestionFigures question={question} format={format} id={`fig-${question.questionId}`} />
            )}
          </article>
        ))}
      </section>
      <QuotesSection quotes={snapshot.quotes} />
      <AdviceSection rounds={snapshot.advice} />
      <DownloadsSection slug={snapshot.survey.slug} preview={preview} />
    </div>
  );
}
