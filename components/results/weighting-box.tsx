import "./results.css";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/formatter";
import { hasMarginAt, MIN_EFFECTIVE_SAMPLE, type Weighting } from "@/lib/results";
import { getResultFormat } from "./result-format";
import { weightingClassLabel } from "./weighting-class-label";

/**
 * How the figures were weighted: method, where the population figures come from (labelled as
 * demo figures when they are), how many respondents carry a weight (the only ones the weighted
 * figures describe), the effective sample size (with a warning below 30), which categories were
 * merged for having too few respondents, whether the weighted panel matches the population
 * (a warning when the trim bounds keep it from doing so), and the range of the weights.
 */
export async function WeightingBox({ weighting }: { weighting: Weighting }) {
  const [t, tSexes, f, format] = await Promise.all([
    getTranslations("results.weighting"),
    getTranslations("results.sexes"),
    getResultFormat(),
    getFormatter(),
  ]);
  const demo = /demo/i.test(weighting.source);
  const words = {
    sex: (code: string) => (tSexes.has(code) ? tSexes(code) : code),
    list: (items: string[]) => format.list(items, { type: "conjunction" }),
    ageSex: (ages: string, sexes: string) => t("ageSex", { ages, sexes }),
  };
  const gap = weighting.largestDifference;
  const gapValues = gap
    ? {
        points: f.decimal(Math.abs(gap.weightedPercent - gap.populationPercent)),
        category: weightingClassLabel(gap.category, words),
        weighted: f.percent(gap.weightedPercent),
        population: f.percent(gap.populationPercent),
      }
    : null;
  return (
    <section className="results-weighting" aria-labelledby="weighting-title">
      <h2 id="weighting-title">{t("title")}</h2>
      {!weighting.marginsMet && gapValues ? (
        <p className="result-warning">
          {t("marginsNotMet", {
            ...gapValues,
            low: f.decimal(weighting.trim.low),
            high: f.decimal(weighting.trim.high),
            tolerance: f.decimal(weighting.marginTolerance),
          })}
        </p>
      ) : null}
      <dl>
        <dt>{t("method")}</dt>
        <dd>{t("raking")}</dd>
        <dt>{t("source")}</dt>
        <dd>
          {weighting.source || t("sourceUnknown")}
          {demo ? <strong> {t("demo")}</strong> : null}
        </dd>
        <dt>{t("weightedRespondents")}</dt>
        <dd>
          {f.count(weighting.weightedRespondents)} {t("weightedRespondentsWho")}
        </dd>
        <dt>{t("effectiveN")}</dt>
        <dd>
          {f.decimal(weighting.effectiveN, 0)}
          {hasMarginAt(weighting.effectiveN) ? null : (
            <strong> {t("effectiveNSmall", { minimum: MIN_EFFECTIVE_SAMPLE })}</strong>
          )}
        </dd>
        <dt>{t("merged", { minimum: weighting.minimumCategorySize })}</dt>
        <dd>
          {weighting.merged.length === 0 ? (
            t("mergedNone")
          ) : (
            <ul>
              {weighting.merged.map((merge) => {
                const label = weightingClassLabel(merge, words);
                return (
                  <li key={`${merge.margin}:${label}`}>
                    {t(merge.margin === "district" ? "mergedDistricts" : "mergedAgeSex", {
                      label,
                      respondents: merge.respondents,
                    })}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        <dt>{t("fit")}</dt>
        <dd>
          {gapValues === null
            ? "–"
            : weighting.marginsMet
              ? t("fitMet", { points: gapValues.points, tolerance: f.decimal(weighting.marginTolerance) })
              : t("fitNotMet", gapValues)}
        </dd>
        <dt>{t("iterations")}</dt>
        <dd>
          {weighting.converged
            ? t("converged", { iterations: weighting.iterations })
            : t("notConverged", { iterations: weighting.iterations })}
        </dd>
        <dt>{t("range")}</dt>
        <dd>
          {t("rangeBounds", {
            min: f.decimal(weighting.minWeight, 2),
            max: f.decimal(weighting.maxWeight, 2),
            low: f.decimal(weighting.trim.low),
            high: f.decimal(weighting.trim.high),
          })}
        </dd>
        <dt>{t("trimmed")}</dt>
        <dd>{f.count(weighting.trimmed)}</dd>
      </dl>
      <p className="result-note">{t("noteSame", { minimum: MIN_EFFECTIVE_SAMPLE })}</p>
    </section>
  );
}
