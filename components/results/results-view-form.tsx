import "./results.css";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Choice } from "@/components/forms/choice-fields";
import { FilterSelect } from "@/components/forms/filter-select";
import { DIMENSIONS, type Dimension, type ResultsView } from "@/lib/results";

export type ViewOption = { value: string; label: string };

/**
 * What the results page shows, as a GET form (works without JavaScript; the view lives in the
 * address): a breakdown by a respondent attribute or by a closed question, filters that combine,
 * and weighting. Every select has its own label.
 */
export async function ResultsViewForm({
  action,
  view,
  options,
  questions,
}: {
  /** The results page's path. */
  action: string;
  view: ResultsView;
  /** Per dimension the values a filter can take. */
  options: Record<Dimension, ViewOption[]>;
  /** Closed questions a cross-tab can be made by. */
  questions: ViewOption[];
}) {
  const t = await getTranslations("results");
  const breakdown =
    view.breakdown === null
      ? ""
      : view.breakdown.kind === "question"
        ? `q:${view.breakdown.questionId}`
        : view.breakdown.dimension;
  const byQuestion = view.breakdown?.kind === "question" ? view.breakdown.questionId : null;
  return (
    <form method="get" action={action} className="results-view-form">
      <div className="field">
        <label className="field__label" htmlFor="view-breakdown">
          {t("form.breakdown")}
        </label>
        <select id="view-breakdown" name="breakdown" className="select" defaultValue={breakdown}>
          <option value="">{t("form.noBreakdown")}</option>
          <optgroup label={t("form.byAttribute")}>
            {DIMENSIONS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {t(`dimensions.${dimension}`)}
              </option>
            ))}
          </optgroup>
          {questions.length > 0 ? (
            <optgroup label={t("form.byQuestion")}>
              {questions.map((q) => (
                <option key={q.value} value={`q:${q.value}`}>
                  {q.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <fieldset className="results-filters">
        <legend>{t("form.filters")}</legend>
        {DIMENSIONS.map((dimension) => (
          <FilterSelect
            key={dimension}
            id={`view-${dimension}`}
            name={dimension}
            label={t(`dimensions.${dimension}`)}
            value={view.filters[dimension]}
            emptyLabel={t("form.all")}
            options={options[dimension]}
          />
        ))}
      </fieldset>
      {byQuestion ? (
        <div className="field">
          <label className="field__label" htmlFor="view-crosstab">
            {t("form.crossTab")}
          </label>
          <select id="view-crosstab" name="crosstab" className="select" defaultValue={view.crossTab ?? ""}>
            <option value="">{t("form.noCrossTab")}</option>
            {questions
              .filter((q) => q.value !== byQuestion)
              .map((q) => (
                <option key={q.value} value={q.value}>
                  {q.label}
                </option>
              ))}
          </select>
        </div>
      ) : null}
      <Choice
        id="view-weighted"
        type="checkbox"
        label={t("form.weighted")}
        name="weighted"
        value="1"
        defaultChecked={view.weighted}
      />
      <div className="button-row">
        <button type="submit" className="button">
          {t("form.show")}
        </button>
        <Link href={action}>{t("form.reset")}</Link>
      </div>
    </form>
  );
}
