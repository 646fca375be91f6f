import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/components/layout/page-title";
import { BreakdownView } from "@/components/results/breakdown-view";
import { closedQuestionOptions } from "@/components/results/closed-questions";
import { CrossTabTable } from "@/components/results/cross-tab-table";
import { QuestionResultsList } from "@/components/results/question-results-list";
import { ResultsViewForm } from "@/components/results/results-view-form";
import { WeightingBox } from "@/components/results/weighting-box";
import { can } from "@/lib/accounts";
import type { IdPageProps } from "@/lib/http/search-params";
import { AGE_GROUPS, listDistrictNames, listPanels, SEXES } from "@/lib/panels";
import {
  type BreakdownSpec,
  type CrossTab,
  type CrossTabCategory,
  getCrossTab,
  getResultSettings,
  getSurveyResults,
  parseResultsView,
} from "@/lib/results";
import { CHANNELS } from "@/lib/surveys";
import { gatedSurvey } from "../gated-survey";

export const generateMetadata = pageTitle("results.page", "pageTitle");

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A survey's results for staff: every question from the results cube (never from the responses
 * one by one), in the view the address asks for — filters, a breakdown by a respondent attribute
 * or by the answer to a closed question (with, on request, the cross-tab of counts against a
 * second one), weighted figures beside the unweighted ones.
 */
export default async function SurveyResultsPage({ params, searchParams }: IdPageProps) {
  await connection();
  const { id } = await params;
  const { gate, surveyId, path } = await gatedSurvey(id, "response:read", "/resultaten");
  const view = parseResultsView(await searchParams);
  const role = gate.user.role;
  const byQuestion = view.breakdown?.kind === "question" ? view.breakdown.questionId : null;
  const [settings, results, crossTab, panels, districts, t] = await Promise.all([
    getResultSettings(surveyId),
    getSurveyResults(surveyId, view),
    byQuestion && view.crossTab ? getCrossTab(surveyId, view.crossTab, byQuestion, view.filters) : null,
    can(role, "panel:manage") ? listPanels() : Promise.resolve([]),
    listDistrictNames(),
    getTranslations("results"),
  ]);
  if (!settings || !results) notFound();

  const options = {
    channel: CHANNELS.map((value) => ({ value, label: t(`channels.${value}`) })),
    panel: panels.map((p) => ({ value: String(p.id), label: p.name })),
    district: districts.map((value) => ({ value, label: value })),
    age_group: AGE_GROUPS.map((value) => ({ value, label: value })),
    sex: SEXES.map((value) => ({ value, label: t(`sexes.${value}`) })),
  };
  const closed = closedQuestionOptions(results.questions, {
    question: (number, text) => t("page.questionOption", { number, text }),
    statement: (number, text, statement) => t("page.statementOption", { number, text, statement }),
  });
  const weighted = results.weighting !== null;
  const breakdown = results.breakdown;
  const breakdownLabel = breakdown
    ? breakdown.spec.kind === "dimension"
      ? t(`dimensions.${breakdown.spec.dimension}`)
      : breakdown.label
    : "";
  const openAnswersHref = can(role, "results:moderate")
    ? (questionId: string) => `${path}/open-antwoorden/${encodeURIComponent(questionId)}`
    : undefined;
  const questionLabel = (ref: string) => closed.find((q) => q.value === ref)?.label ?? ref;

  return (
    <>
      <h1>{t("page.title", { title: settings.surveyTitle })}</h1>
      <p className="fieldwork-summary">{t("page.respondents", { count: results.respondents })}</p>
      <ResultsViewForm action={path} view={view} options={options} questions={closed} />
      {view.weighted && !weighted ? (
        <p className="alert">
          {settings.weighting === "none" ? t("page.weightingOff") : t("page.weightingNone")}
        </p>
      ) : null}
      {results.weighting ? <WeightingBox weighting={results.weighting} /> : null}
      {results.respondents === 0 ? <p>{t("page.noResponses")}</p> : null}
      {results.respondents > 0 && byQuestion ? (
        <section aria-labelledby="crosstab-title">
          <h2 id="crosstab-title">{t("page.crossTabTitle")}</h2>
          {!view.crossTab ? <p>{t("page.crossTabIntro")}</p> : null}
          {view.crossTab && !crossTab ? <p>{t("page.crossTabUnknown")}</p> : null}
          {crossTab ? (
            <CrossTabTable
              id="crosstab"
              caption={t("crossTab.caption", {
                rowText: questionLabel(crossTab.rowQuestionId),
                columnText: questionLabel(crossTab.columnQuestionId),
              })}
              crossTab={withWords(crossTab, t)}
            />
          ) : null}
        </section>
      ) : null}
      {results.respondents > 0 && breakdown ? (
        <section aria-labelledby="breakdown-title">
          <h2 id="breakdown-title">
            {breakdown.spec.kind === "dimension"
              ? t("page.breakdownTitle", { by: breakdownLabel })
              : t("page.breakdownByQuestion", { text: breakdownLabel })}
          </h2>
          <BreakdownView
            label={breakdownLabel}
            groups={breakdown.groups.map((group) => ({
              ...group,
              label: groupLabel(breakdown.spec, group.value, group.label, t),
            }))}
            questions={results.questions}
            weighted={weighted}
          />
        </section>
      ) : null}
      {results.respondents > 0 && !breakdown ? (
        <QuestionResultsList
          questions={results.questions}
          weighted={weighted}
          openAnswersHref={openAnswersHref}
        />
      ) : null}
    </>
  );
}

/**
 * Group labels in words: channel and sex are stored as codes, unknown values as "" (and "no
 * panel" as panel 0); a question's "weet niet" and "anders" as their reserved values.
 */
function groupLabel(spec: BreakdownSpec, value: string, label: string, t: Translate): string {
  if (spec.kind === "question") return categoryLabel({ value, label }, t);
  if (value === "" || (spec.dimension === "panel" && value === "0")) return t("page.unknownGroup");
  if (spec.dimension === "channel") return t(`channels.${value}`);
  if (spec.dimension === "sex") return t(`sexes.${value}`);
  return label;
}

function categoryLabel(category: CrossTabCategory, t: Translate): string {
  if (category.value === "_weet_niet") return t("page.dontKnow");
  if (category.value === "_anders" && category.label === "_anders") return t("page.other");
  return category.label;
}

function withWords(crossTab: CrossTab, t: Translate): CrossTab {
  return {
    ...crossTab,
    rows: crossTab.rows.map((c) => ({ ...c, label: categoryLabel(c, t) })),
    columns: crossTab.columns.map((c) => ({ ...c, label: categoryLabel(c, t) })),
  };
}
