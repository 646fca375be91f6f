import "./results.css";
import { getTranslations } from "next-intl/server";
import type { Weighting } from "@/lib/results/types";
import { getResultFormat } from "./result-format";

/**
 * How the figures were weighted: method, where the population figures come from (labelled as
 * demo figures when they are), how many respondents carry a weight, the effective sample size,
 * whether raking converged, and the range of the weights after trimming.
 */
export async function WeightingBox({ weighting }: { weighting: Weighting }) {
  const [t, f] = await Promise.all([getTranslations("results.weighting"), getResultFormat()]);
  const demo = /demo/i.test(weighting.source);
  return (
    <section className="results-weighting" aria-labelledby="weighting-title">
      <h2 id="weighting-title">{t("title")}</h2>
      <dl>
        <dt>{t("method")}</dt>
        <dd>{t("raking")}</dd>
        <dt>{t("source")}</dt>
        <dd>
          {weighting.source || t("sourceUnknown")}
          {demo ? <strong> {t("demo")}</strong> : null}
        </dd>
        <dt>{t("weightedRespondents")}</dt>
        <dd>{f.count(weighting.weightedRespondents)}</dd>
        <dt>{t("effectiveN")}</dt>
        <dd>{f.decimal(weighting.effectiveN, 0)}</dd>
        <dt>{t("iterations")}</dt>
        <dd>
          {weighting.converged
            ? t("converged", { iterations: weighting.iterations })
            : t("notConverged", { iterations: weighting.iterations })}
        </dd>
        <dt>{t("range")}</dt>
        <dd>
          {t("rangeValue", {
            min: f.decimal(weighting.minWeight, 2),
            max: f.decimal(weighting.maxWeight, 2),
          })}
        </dd>
        <dt>{t("trimmed")}</dt>
        <dd>{f.count(weighting.trimmed)}</dd>
      </dl>
      <p className="result-note">{t("note")}</p>
    </section>
  );
}
