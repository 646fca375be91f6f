import "./results.css";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MIN_EFFECTIVE_SAMPLE, type QuestionResult, smallSampleWarning } from "@/lib/results";
import { ChoiceFigures } from "./choice-figures";
import { LikertFigures } from "./likert-figures";
import { NumericFigures } from "./numeric-figures";
import { RankingFigures } from "./ranking-figures";
import { getResultFormat } from "./result-format";

/**
 * One question's results for staff: its base (respondents, shown, answered, skipped, not shown,
 * and n_eff when weighted; a warning when the figures rest on fewer than 30 (effective)
 * respondents), then the figures in a chart with its table. Open questions show how
 * many answers were approved, with a link to read them where the moderation queue is.
 */
export async function QuestionResultView({
  result,
  weighted,
  openAnswersHref,
  headingLevel = 3,
}: {
  result: QuestionResult;
  /** Show the weighted figures beside the unweighted ones (present in `result` when weighted). */
  weighted: boolean;
  /** Where open answers of this question can be read (moderation page); no link without it. */
  openAnswersHref?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const [t, f] = await Promise.all([getTranslations("results.question"), getResultFormat()]);
  const id = `q-${result.questionId}`;
  const Heading = `h${headingLevel}` as const;
  const title = t("title", { number: result.number, text: result.text });
  const { base } = result;
  const caption = t("caption", { number: result.number, text: result.text });
  const props = { id: `${id}-chart`, caption, weighted };
  const { figures } = result;
  const small = smallSampleWarning(result, weighted);
  return (
    <section className="result-question" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <dl className="result-base">
        <div>
          <dt>{t("respondents")}</dt>
          <dd>{f.count(base.respondents)}</dd>
        </div>
        <div>
          <dt>{t("shown")}</dt>
          <dd>{f.count(base.shown)}</dd>
        </div>
        <div>
          <dt>{t("answered")}</dt>
          <dd>{f.count(base.answered)}</dd>
        </div>
        <div>
          <dt>{t("skipped")}</dt>
          <dd>{f.count(base.skipped)}</dd>
        </div>
        <div>
          <dt>{t("notShown")}</dt>
          <dd>{f.count(base.notShown)}</dd>
        </div>
        {weighted && result.effectiveN !== undefined ? (
          <div>
            <dt>{t("effectiveN")}</dt>
            <dd>{result.effectiveN === null ? "–" : f.decimal(result.effectiveN, 0)}</dd>
          </div>
        ) : null}
      </dl>
      {small ? (
        <p className="result-warning">
          {small.weighted
            ? t("smallWeighted", { n: f.decimal(small.n, 0), minimum: MIN_EFFECTIVE_SAMPLE })
            : t("smallUnweighted", { n: f.count(small.n), minimum: MIN_EFFECTIVE_SAMPLE })}
        </p>
      ) : null}
      {figures.kind === "choice" ? <ChoiceFigures {...props} figures={figures} /> : null}
      {figures.kind === "likert" ? <LikertFigures {...props} figures={figures} /> : null}
      {figures.kind === "numeric" ? <NumericFigures {...props} figures={figures} /> : null}
      {figures.kind === "ranking" ? <RankingFigures {...props} figures={figures} /> : null}
      {figures.kind === "text" ? (
        <p>
          {t("openAnswers", { approved: figures.approved, answered: base.answered })}{" "}
          {openAnswersHref ? <Link href={openAnswersHref}>{t("openAnswersLink")}</Link> : null}
        </p>
      ) : null}
    </section>
  );
}
