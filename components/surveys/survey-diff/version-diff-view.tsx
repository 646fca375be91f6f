import "./survey-diff.css";
import { getTranslations } from "next-intl/server";
import { diffDefinitions, type PageDiff, type SurveyDefinition } from "@/lib/surveys";
import { type DiffContext, FieldChangeView } from "./field-change-view";
import { DiffBadges, Heading, QuestionDiffView, questionHasChanges } from "./question-diff-view";

/**
 * What changed between two versions of a survey, readable by staff and the Adviesraad: a summary,
 * the survey's own texts, then page by page the questions that are new, removed, moved or changed.
 * A server component; pass the two definitions (older first) and the heading level its sections
 * start at under the page's own headings.
 */
export async function VersionDiffView({
  before,
  after,
  headingLevel = 2,
}: {
  before: SurveyDefinition;
  after: SurveyDefinition;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = await getTranslations("lifecycle.diff");
  const diff = diffDefinitions(before, after);
  const context: DiffContext = { before, after };
  return (
    <div className="version-diff">
      <div className="diff-legend">
        <p className="diff-legend__title">{t("legendTitle")}</p>
        <ul>
          <li>{t("legendAdded")}</li>
          <li>{t("legendRemoved")}</li>
        </ul>
      </div>
      <p className="version-diff__summary">{t("summary", diff.counts)}</p>
      {!diff.hasChanges ? <p>{t("noChanges")}</p> : null}
      {diff.survey.length > 0 ? (
        <section className="diff-section">
          <Heading level={headingLevel}>{t("surveyTexts")}</Heading>
          <dl className="diff-fields">
            {diff.survey.map((change) => (
              <FieldChangeView key={change.field} change={change} context={context} />
            ))}
          </dl>
        </section>
      ) : null}
      {diff.pages.map((page) => (
        <PageDiffView key={`${page.change}-${page.id}`} page={page} context={context} level={headingLevel} />
      ))}
    </div>
  );
}

async function PageDiffView({
  page,
  context,
  level,
}: {
  page: PageDiff;
  context: DiffContext;
  level: number;
}) {
  const t = await getTranslations("lifecycle.diff");
  const shown = page.questions.filter(questionHasChanges);
  const unchanged = page.questions.length - shown.length;
  const kinds: ("added" | "removed" | "moved" | "changed")[] = [];
  if (page.change === "added") kinds.push("added");
  if (page.change === "removed") kinds.push("removed");
  if (page.moved) kinds.push("moved");
  if (page.changes.length > 0) kinds.push("changed");
  return (
    <section className={`diff-section diff-page diff-page--${page.change}`} data-page-id={page.id}>
      <div className="diff-question__head">
        <Heading level={level}>
          {page.afterIndex !== undefined
            ? t("pageHeading", { number: page.afterIndex + 1, title: page.title })
            : t("removedPageHeading", { title: page.title })}
        </Heading>
        <DiffBadges kinds={kinds} />
      </div>
      {page.moved && page.beforeIndex !== undefined && page.afterIndex !== undefined ? (
        <p>{t("pageMoved", { from: page.beforeIndex + 1, to: page.afterIndex + 1 })}</p>
      ) : null}
      {page.changes.length > 0 ? (
        <dl className="diff-fields">
          {page.changes.map((change) => (
            <FieldChangeView key={change.field} change={change} context={context} />
          ))}
        </dl>
      ) : null}
      {shown.length > 0 ? (
        <ul className="diff-questions">
          {shown.map((question) => (
            <QuestionDiffView
              key={`${question.change}-${question.id}`}
              question={question}
              context={context}
              level={level + 1}
            />
          ))}
        </ul>
      ) : null}
      {unchanged > 0 ? <p className="muted">{t("unchangedQuestions", { count: unchanged })}</p> : null}
    </section>
  );
}
