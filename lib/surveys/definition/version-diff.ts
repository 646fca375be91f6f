import {
  conditionChange,
  type FieldChange,
  itemsChange,
  keysInOrder,
  mergeRemoved,
  optionItems,
  statementItems,
  textChange,
  valueChange,
} from "./field-diff";
import type { Page, Question, SurveyDefinition } from "./schema";

/*
 * What changed between two versions of a survey definition, for staff and the Adviesraad: per page
 * and question, added, removed, moved and changed (which fields, with a word-level diff of texts
 * and option labels), and the survey's own texts. Pages, questions, options and statements are
 * matched by their stable ids/values, never by position, so a reworded question is "changed",
 * not "removed and added", and comments stay attached to it.
 */

export type { FieldChange, ItemChange } from "./field-diff";

export type Change = "added" | "removed" | "kept";

export type QuestionMove = {
  fromPageId: string;
  fromPageTitle: string;
  /** 0-based positions within their page. */
  fromIndex: number;
  toPageId: string;
  toIndex: number;
  /** True when the question moved to another page; false for a new place on the same page. */
  otherPage: boolean;
};

export type QuestionDiff = {
  id: string;
  change: Change;
  /** The question in the newer version (added, kept), or the older one (removed). */
  question: Question;
  before?: Question;
  after?: Question;
  /** For a kept question at another page or position (relative to the questions around it). */
  moved: QuestionMove | null;
  /** For a kept question: what changed; empty when nothing did. */
  changes: FieldChange[];
};

export type PageDiff = {
  id: string;
  change: Change;
  /** The page's title in the newer version (or the older one, when removed). */
  title: string;
  /** 0-based positions among the pages. */
  beforeIndex?: number;
  afterIndex?: number;
  moved: boolean;
  /** Title, intro, condition and block of a kept page. */
  changes: FieldChange[];
  /** In the newer order; removed questions where they stood. */
  questions: QuestionDiff[];
};

export type VersionDiff = {
  /** Title, intro, privacy and closing texts, and the estimated time. */
  survey: FieldChange[];
  pages: PageDiff[];
  /** Question counts for a summary line. */
  counts: { added: number; removed: number; moved: number; changed: number };
  hasChanges: boolean;
};

const SURVEY_TEXTS = ["title", "intro", "privacy", "closing"] as const;
const QUESTION_TEXTS = ["text", "help", "minLabel", "maxLabel", "unit"] as const;
const QUESTION_VALUES = [
  "type",
  "required",
  "other",
  "dontKnow",
  "maxSelected",
  "rankCount",
  "integer",
  "min",
  "max",
  "maxLength",
] as const;

type Located = { question: Question; page: Page; pageIndex: number; index: number };

function pagesOf(definition: SurveyDefinition): Page[] {
  return Array.isArray(definition?.pages) ? definition.pages : [];
}

function questionsOf(page: Page): Question[] {
  return Array.isArray(page?.questions) ? page.questions : [];
}

function locate(definition: SurveyDefinition): Map<string, Located> {
  const map = new Map<string, Located>();
  pagesOf(definition).forEach((page, pageIndex) => {
    questionsOf(page).forEach((question, index) => {
      map.set(question.id, { question, page, pageIndex, index });
    });
  });
  return map;
}

/** Every field of a question that differs, in a fixed order: texts, settings, condition, lists. */
export function diffQuestion(before: Question, after: Question): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const changes: (FieldChange | null)[] = [
    ...QUESTION_TEXTS.map((field) => textChange(field, a[field], b[field])),
    ...QUESTION_VALUES.map((field) => valueChange(field, a[field], b[field])),
    conditionChange(a.visibleIf, b.visibleIf),
    itemsChange("options", optionItems(a.options), optionItems(b.options)),
    itemsChange("statements", statementItems(a.statements), statementItems(b.statements)),
    itemsChange("scale", optionItems(a.scale), optionItems(b.scale)),
  ];
  return changes.filter((c): c is FieldChange => c !== null);
}

function diffPageFields(before: Page, after: Page): FieldChange[] {
  const changes = [
    textChange("title", before.title, after.title),
    textChange("intro", before.intro, after.intro),
    valueChange("block", before.block, after.block),
    conditionChange(before.visibleIf, after.visibleIf),
  ];
  return changes.filter((c): c is FieldChange => c !== null);
}

export function diffDefinitions(before: SurveyDefinition, after: SurveyDefinition): VersionDiff {
  const oldPages = pagesOf(before);
  const newPages = pagesOf(after);
  const oldQuestions = locate(before);
  const newQuestions = locate(after);
  const oldPageIds = oldPages.map((p) => p.id);
  const newPageIds = new Set(newPages.map((p) => p.id));
  const pagesInOrder = keysInOrder(
    oldPageIds,
    newPages.map((p) => p.id),
  );

  const pageList = newPages.map((page, afterIndex) => {
    const beforeIndex = oldPageIds.indexOf(page.id);
    const old = beforeIndex >= 0 ? oldPages[beforeIndex] : undefined;
    const entry: PageDiff = {
      id: page.id,
      change: old ? "kept" : "added",
      title: page.title,
      beforeIndex: old ? beforeIndex : undefined,
      afterIndex,
      moved: old ? !pagesInOrder.has(page.id) : false,
      changes: old ? diffPageFields(old, page) : [],
      questions: diffPageQuestions(old, page, oldQuestions, newQuestions),
    };
    return { key: page.id, entry };
  });
  const removedPages = new Map(
    oldPages
      .map((page, beforeIndex) => ({ page, beforeIndex }))
      .filter(({ page }) => !newPageIds.has(page.id))
      .map(({ page, beforeIndex }): [string, PageDiff] => [
        page.id,
        {
          id: page.id,
          change: "removed",
          title: page.title,
          beforeIndex,
          moved: false,
          changes: [],
          questions: questionsOf(page)
            .filter((q) => !newQuestions.has(q.id))
            .map((q) => ({ id: q.id, change: "removed", question: q, before: q, moved: null, changes: [] })),
        },
      ]),
  );
  const pages = mergeRemoved(oldPageIds, pageList, removedPages);

  const survey = [
    ...SURVEY_TEXTS.map((field) => textChange(field, before?.[field], after?.[field])),
    valueChange("estimatedMinutes", before?.estimatedMinutes, after?.estimatedMinutes),
  ].filter((c): c is FieldChange => c !== null);

  const questions = pages.flatMap((p) => p.questions);
  const counts = {
    added: questions.filter((q) => q.change === "added").length,
    removed: questions.filter((q) => q.change === "removed").length,
    moved: questions.filter((q) => q.moved).length,
    changed: questions.filter((q) => q.changes.length > 0).length,
  };
  const hasChanges =
    survey.length > 0 ||
    pages.some((p) => p.change !== "kept" || p.moved || p.changes.length > 0) ||
    Object.values(counts).some((n) => n > 0);
  return { survey, pages, counts, hasChanges };
}

/** The questions of one page of the newer version, with removed ones of its older self in place. */
function diffPageQuestions(
  oldPage: Page | undefined,
  page: Page,
  oldQuestions: Map<string, Located>,
  newQuestions: Map<string, Located>,
): QuestionDiff[] {
  const oldIds = oldPage ? questionsOf(oldPage).map((q) => q.id) : [];
  // Only questions on this page in both versions can keep or lose their order among each other.
  const stayed = keysInOrder(
    oldIds,
    questionsOf(page)
      .map((q) => q.id)
      .filter((id) => oldQuestions.get(id)?.page.id === page.id),
  );
  const list = questionsOf(page).map((question, index) => {
    const old = oldQuestions.get(question.id);
    if (!old) {
      const entry: QuestionDiff = {
        id: question.id,
        change: "added",
        question,
        after: question,
        moved: null,
        changes: [],
      };
      return { key: question.id, entry };
    }
    const otherPage = old.page.id !== page.id;
    const moved: QuestionMove | null =
      otherPage || !stayed.has(question.id)
        ? {
            fromPageId: old.page.id,
            fromPageTitle: old.page.title,
            fromIndex: old.index,
            toPageId: page.id,
            toIndex: index,
            otherPage,
          }
        : null;
    const entry: QuestionDiff = {
      id: question.id,
      change: "kept",
      question,
      before: old.question,
      after: question,
      moved,
      changes: diffQuestion(old.question, question),
    };
    return { key: question.id, entry };
  });
  const removed = new Map(
    (oldPage ? questionsOf(oldPage) : [])
      .filter((q) => !newQuestions.has(q.id))
      .map((q): [string, QuestionDiff] => [
        q.id,
        { id: q.id, change: "removed", question: q, before: q, moved: null, changes: [] },
      ]),
  );
  return mergeRemoved(oldIds, list, removed);
}
