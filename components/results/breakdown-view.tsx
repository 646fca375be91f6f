import "./results.css";
import { getTranslations } from "next-intl/server";
import {
  type BreakdownGroup,
  MIN_EFFECTIVE_SAMPLE,
  type QuestionResult,
  smallSampleWarning,
} from "@/lib/results";
import { breakdownRows } from "./breakdown-rows";
import { getResultFormat } from "./result-format";

/**
 * A breakdown: per question one table with the groups as columns (and the total beside them),
 * each column headed by the group and its number of respondents. A column whose figures rest on
 * fewer than 30 (effective) respondents gets a mark in its heading, explained under the table
 * (in the heading, so it stands beside every figure of the column without changing their text).
 */
export async function BreakdownView({
  label,
  groups,
  questions,
  weighted,
}: {
  /** What the breakdown is by, e.g. "Leeftijdsgroep". */
  label: string;
  groups: BreakdownGroup[];
  /** The results of the whole view, in survey order: the rows, and the total column. */
  questions: QuestionResult[];
  weighted: boolean;
}) {
  const [t, f] = await Promise.all([getTranslations("results.breakdown"), getResultFormat()]);
  if (groups.length === 0) return <p>{t("noGroups")}</p>;
  const byGroup = groups.map((group) => new Map(group.questions.map((q) => [q.questionId, q])));
  const texts = {
    answered: t("answered"),
    mean: t("mean"),
    median: t("median"),
    dontKnow: t("dontKnow"),
    other: t("other"),
    approved: t("approved"),
    meanPosition: (option: string) => t("meanPosition", { option }),
    statementPoint: (statement: string, point: string) => t("statementPoint", { statement, point }),
    withWeighted: (value: string, weightedValue: string) =>
      t("withWeighted", { value, weighted: weightedValue }),
  };
  return (
    <>
      {weighted ? <p className="result-note">{t("weightedNote")}</p> : null}
      {questions.map((question) => {
        const id = `b-${question.questionId}`;
        const rows = breakdownRows(question, f, texts, weighted);
        const columns = [...byGroup.map((results) => results.get(question.questionId)), question];
        const small = columns.map((result) =>
          result ? smallSampleWarning(result, weighted) !== null : false,
        );
        return (
          <div key={question.questionId} className="result-question">
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
            <section className="result-scroll" aria-labelledby={`${id}-caption`} tabIndex={0}>
              <table className="table result-breakdown">
                <caption id={`${id}-caption`}>
                  {t("caption", { number: question.number, text: question.text, by: label })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("figure")}</th>
                    {groups.map((group, g) => (
                      <th scope="col" className="num" key={group.value}>
                        {group.label}{" "}
                        <span className="result-n">{t("n", { n: f.count(group.respondents) })}</span>
                        {small[g] ? <SmallMark /> : null}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t("total")}{" "}
                      <span className="result-n">{t("n", { n: f.count(question.base.respondents) })}</span>
                      {small[groups.length] ? <SmallMark /> : null}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; labels may repeat
                    <tr key={index}>
                      <th scope="row">{row.label}</th>
                      {byGroup.map((results, g) => (
                        <td className="num" key={groups[g].value}>
                          {row.cell(results.get(question.questionId))}
                        </td>
                      ))}
                      <td className="num">{row.cell(question)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            {small.some(Boolean) ? (
              <p className="result-warning">
                <SmallMark />{" "}
                {t(weighted ? "smallWeighted" : "smallUnweighted", { minimum: MIN_EFFECTIVE_SAMPLE })}
              </p>
            ) : null}
          </div>
        );
      })}
    </>
  );
}

/** The mark beside a figure that rests on fewer than 30 (effective) respondents. */
function SmallMark() {
  return <span className="result-small-mark">*</span>;
}
