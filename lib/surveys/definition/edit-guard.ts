import type { Option, Page, Question, SurveyDefinition } from "./schema";

/*
 * Which edits a survey may take once residents have answered it. Stored answers hang on page ids
 * (where a respondent is), question ids, option values, Likert statement ids and scale values, and
 * they were checked against the ranges of their version. An edit that removes or renames one of
 * those would orphan answers; one that changes a question's type or narrows a range would make
 * stored answers be read wrongly. Those are refused. Wording (texts, labels, help), adding
 * questions and options at the end of lists, reordering pages and questions, and conditions stay
 * free: every save of an answered survey is a new version, so the old wording remains on record.
 *
 * The check is pure: `before` and `after` are parsed definitions (defaults applied).
 */

export type BlockedChangeCode =
  | "page_removed"
  | "page_id_changed"
  | "question_removed"
  | "question_id_changed"
  | "type_changed"
  | "option_removed"
  | "option_value_changed"
  | "other_removed"
  | "dont_know_removed"
  | "statement_removed"
  | "statement_id_changed"
  | "scale_point_removed"
  | "scale_value_changed"
  | "scale_reordered"
  | "range_narrowed";

/** The setting whose range was narrowed (for `range_narrowed`). */
export type NarrowedSetting = "min" | "max" | "integer" | "maxLength" | "maxSelected";

export type BlockedChange = {
  code: BlockedChangeCode;
  /** The page, as it was before (its id and 1-based position). */
  pageId: string;
  pageNumber: number;
  pageTitle: string;
  questionId?: string;
  questionText?: string;
  /** Option value, statement id or scale value concerned, as it was. */
  from?: string;
  /** What it became (new id or value), where there is one. */
  to?: string;
  /** The option's or statement's label/text, as it was. */
  label?: string;
  setting?: NarrowedSetting;
  /** Where the change shows in the new definition (e.g. `pages.1.questions.0.type`), if it still exists. */
  path?: string;
};

export function findBlockedChanges(
  before: SurveyDefinition,
  after: SurveyDefinition,
  options: { hasResponses: boolean },
): BlockedChange[] {
  if (!options.hasResponses) return [];
  const changes: BlockedChange[] = [];
  const afterQuestions = indexQuestions(after);
  const beforeQuestionIds = new Set(before.pages.flatMap((p) => p.questions.map((q) => q.id)));
  const beforePageIds = new Set(before.pages.map((p) => p.id));
  const afterPageIds = new Map(after.pages.map((p, index) => [p.id, index]));

  before.pages.forEach((page, pageIndex) => {
    const where = { pageId: page.id, pageNumber: pageIndex + 1, pageTitle: page.title };
    if (!afterPageIds.has(page.id)) {
      const renamed = after.pages[pageIndex];
      if (renamed && !beforePageIds.has(renamed.id)) {
        changes.push({
          code: "page_id_changed",
          ...where,
          from: page.id,
          to: renamed.id,
          path: `pages.${pageIndex}.id`,
        });
      } else {
        changes.push({ code: "page_removed", ...where });
      }
    }
    page.questions.forEach((question, questionIndex) => {
      const at = { ...where, questionId: question.id, questionText: question.text };
      const found = afterQuestions.get(question.id);
      if (!found) {
        const renamed = questionAtSamePlace(after, page.id, pageIndex, questionIndex);
        if (renamed && !beforeQuestionIds.has(renamed.question.id)) {
          changes.push({
            code: "question_id_changed",
            ...at,
            from: question.id,
            to: renamed.question.id,
            path: `${renamed.path}.id`,
          });
        } else {
          changes.push({ code: "question_removed", ...at });
        }
        return;
      }
      changes.push(...compareQuestion(question, found.question, found.path).map((c) => ({ ...at, ...c })));
    });
  });
  return changes;
}

type Located = { question: Question; path: string };

function indexQuestions(definition: SurveyDefinition): Map<string, Located> {
  const map = new Map<string, Located>();
  definition.pages.forEach((page, p) => {
    page.questions.forEach((question, q) => {
      map.set(question.id, { question, path: `pages.${p}.questions.${q}` });
    });
  });
  return map;
}

/** The question now where `questionIndex` of this page was: on the page with the same id, or the same position. */
function questionAtSamePlace(
  after: SurveyDefinition,
  pageId: string,
  pageIndex: number,
  questionIndex: number,
): Located | undefined {
  let p = after.pages.findIndex((candidate: Page) => candidate.id === pageId);
  if (p < 0) p = pageIndex;
  const question = after.pages[p]?.questions[questionIndex];
  return question ? { question, path: `pages.${p}.questions.${questionIndex}` } : undefined;
}

type Difference = Omit<BlockedChange, "pageId" | "pageNumber" | "pageTitle">;

function compareQuestion(before: Question, after: Question, path: string): Difference[] {
  if (before.type !== after.type)
    return [{ code: "type_changed", from: before.type, to: after.type, path: `${path}.type` }];
  const out: Difference[] = [];
  if ("options" in before && "options" in after) {
    out.push(...compareOptions(before.options, after.options, `${path}.options`, "option"));
  }
  if ((before.type === "single_choice" || before.type === "multiple_choice") && before.type === after.type) {
    if (before.other && !after.other) out.push({ code: "other_removed", path: `${path}.other` });
  }
  if ("dontKnow" in before && "dontKnow" in after && before.dontKnow && !after.dontKnow) {
    out.push({ code: "dont_know_removed", path: `${path}.dontKnow` });
  }
  if (before.type === "likert" && after.type === "likert") {
    out.push(...compareStatements(before.statements, after.statements, `${path}.statements`));
    out.push(...compareOptions(before.scale, after.scale, `${path}.scale`, "scale"));
  }
  out.push(...compareRanges(before, after, path));
  return out;
}

/**
 * Options are matched by value. A value that is gone is "changed" when a new value took its
 * place in the list, "removed" otherwise. For a Likert scale the order carries meaning too, so
 * the old points must stay first and in order (new points may follow at the end).
 */
function compareOptions(
  before: Option[],
  after: Option[],
  path: string,
  kind: "option" | "scale",
): Difference[] {
  const out: Difference[] = [];
  const afterValues = after.map((o) => o.value);
  const beforeValues = new Set(before.map((o) => o.value));
  before.forEach((option, index) => {
    if (afterValues.includes(option.value)) return;
    const replacement = after[index];
    if (replacement && !beforeValues.has(replacement.value)) {
      out.push({
        code: kind === "option" ? "option_value_changed" : "scale_value_changed",
        from: option.value,
        to: replacement.value,
        label: option.label,
        path: `${path}.${index}.value`,
      });
    } else {
      out.push({
        code: kind === "option" ? "option_removed" : "scale_point_removed",
        from: option.value,
        label: option.label,
      });
    }
  });
  if (
    kind === "scale" &&
    out.length === 0 &&
    before.some((option, index) => afterValues[index] !== option.value)
  ) {
    out.push({ code: "scale_reordered", path });
  }
  return out;
}

function compareStatements(
  before: { id: string; text: string }[],
  after: { id: string; text: string }[],
  path: string,
): Difference[] {
  const afterIds = after.map((s) => s.id);
  const beforeIds = new Set(before.map((s) => s.id));
  return before.flatMap((statement, index): Difference[] => {
    if (afterIds.includes(statement.id)) return [];
    const replacement = after[index];
    if (replacement && !beforeIds.has(replacement.id)) {
      return [
        {
          code: "statement_id_changed",
          from: statement.id,
          to: replacement.id,
          label: statement.text,
          path: `${path}.${index}.id`,
        },
      ];
    }
    return [{ code: "statement_removed", from: statement.id, label: statement.text }];
  });
}

/**
 * We do not look at the stored answers here, so any narrowing is refused: a stricter minimum or
 * maximum, whole numbers where decimals were allowed, a shorter maximum length, fewer choices.
 */
function compareRanges(before: Question, after: Question, path: string): Difference[] {
  const narrowed = (setting: NarrowedSetting, from: unknown, to: unknown): Difference => ({
    code: "range_narrowed",
    setting,
    from: from === undefined ? undefined : String(from),
    to: String(to),
    path: `${path}.${setting}`,
  });
  const out: Difference[] = [];
  if (before.type === "number" && after.type === "number") {
    if (after.min !== undefined && (before.min === undefined || after.min > before.min))
      out.push(narrowed("min", before.min, after.min));
    if (after.max !== undefined && (before.max === undefined || after.max < before.max))
      out.push(narrowed("max", before.max, after.max));
    if (!before.integer && after.integer) out.push(narrowed("integer", false, true));
  }
  if (
    (before.type === "short_text" && after.type === "short_text") ||
    (before.type === "long_text" && after.type === "long_text")
  ) {
    if (after.maxLength < before.maxLength)
      out.push(narrowed("maxLength", before.maxLength, after.maxLength));
  }
  if (
    before.type === "multiple_choice" &&
    after.type === "multiple_choice" &&
    after.maxSelected !== undefined
  ) {
    if (before.maxSelected === undefined || after.maxSelected < before.maxSelected)
      out.push(narrowed("maxSelected", before.maxSelected, after.maxSelected));
  }
  return out;
}
