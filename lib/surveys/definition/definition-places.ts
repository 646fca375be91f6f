/*
 * Readable places in a survey definition, for staff reading validation errors:
 * `page 2 ("wonen")`, `page 2 ("wonen"), question "q7"`, `page 1, question 3` (no usable id).
 */

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** An id worth quoting: a non-empty string (even one of the wrong format, so staff can find it). */
export const readableId = (v: unknown): string | undefined =>
  typeof v === "string" && v.trim() !== "" && v.length <= 60 ? v : undefined;

export function pagePlace(pageIndex: number, pageId: string | undefined): string {
  return pageId ? `page ${pageIndex + 1} ("${pageId}")` : `page ${pageIndex + 1}`;
}

export function questionPlace(
  pageIndex: number,
  pageId: string | undefined,
  questionIndex: number,
  questionId: string | undefined,
): string {
  const question = questionId ? `question "${questionId}"` : `question ${questionIndex + 1}`;
  return `${pagePlace(pageIndex, pageId)}, ${question}`;
}

/** The place of the page or question a path into the raw definition points at, and the rest of the path. */
export function placeOfPath(
  input: unknown,
  path: readonly PropertyKey[],
): { place: string; rest: PropertyKey[] } {
  if (path[0] !== "pages" || typeof path[1] !== "number") return { place: "survey", rest: [...path] };
  const pages = isRecord(input) && Array.isArray(input.pages) ? input.pages : [];
  const pageIndex = path[1];
  const page: unknown = pages[pageIndex];
  const pageId = isRecord(page) ? readableId(page.id) : undefined;
  if (path[2] !== "questions" || typeof path[3] !== "number") {
    return { place: pagePlace(pageIndex, pageId), rest: path.slice(2) };
  }
  const questionIndex = path[3];
  const questions = isRecord(page) && Array.isArray(page.questions) ? page.questions : [];
  const question: unknown = questions[questionIndex];
  const questionId = isRecord(question) ? readableId(question.id) : undefined;
  return { place: questionPlace(pageIndex, pageId, questionIndex, questionId), rest: path.slice(4) };
}

const ITEM_NAMES: Record<string, string> = {
  pages: "page",
  options: "option",
  statements: "statement",
  scale: "scale point",
  questions: "question",
};

/**
 * Names the field a path below a page or question points at: `text`, `option 2: value`,
 * `statement 1: text`, `condition`.
 */
export function describeField(rest: readonly PropertyKey[]): string {
  if (rest[0] === "visibleIf") return "condition";
  const parts: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    const next = rest[i + 1];
    if (typeof key === "string" && typeof next === "number" && ITEM_NAMES[key]) {
      parts.push(`${ITEM_NAMES[key]} ${next + 1}`);
      i++;
    } else parts.push(String(key));
  }
  return parts.join(": ");
}

/** The raw value at a path, to tell "missing" from "wrong". */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (isRecord(current) && typeof key === "string") current = current[key];
    else return undefined;
  }
  return current;
}
