import type { z } from "zod";
import { describeField, isRecord, placeOfPath, valueAt } from "./definition-places";
import { DONT_KNOW_VALUE, OTHER_VALUE } from "./schema";

/*
 * Turns zod issues on a survey definition into sentences that name the page and question, e.g.
 * `page 1 ("intro"), question 3: text is required`, instead of `pages.0.questions.2.text`.
 */

type Issue = z.core.$ZodIssue;

const KIND: Record<string, string> = {
  string: "a text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/** [singular, plural] of what a list holds. */
const ITEM_OF: Record<string, [string, string]> = {
  pages: ["page", "pages"],
  questions: ["question", "questions"],
  options: ["option", "options"],
  statements: ["statement", "statements"],
  scale: ["scale point", "scale points"],
  all: ["condition", "conditions"],
  any: ["condition", "conditions"],
};

function items(key: string, count: unknown): string {
  const [one, many] = ITEM_OF[key] ?? ["item", "items"];
  return Number(count) === 1 ? `one ${one}` : `${count} ${many}`;
}

function problem(issue: Issue, input: unknown, fullPath: readonly PropertyKey[]): string {
  const value = valueAt(input, fullPath);
  const last = String(fullPath[fullPath.length - 1] ?? "");
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return "is required";
      return `must be ${KIND[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? "is required" : `must be at least ${issue.minimum} characters`;
      }
      if (issue.origin === "array") return `needs at least ${items(last, issue.minimum)}`;
      return `must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "string") return `is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === "array")
        return `has too many ${ITEM_OF[last] ?? "items"} (at most ${issue.maximum})`;
      return `must be at most ${issue.maximum}`;
    case "invalid_format": {
      const shown = typeof value === "string" ? ` "${value.slice(0, 60)}"` : "";
      if (value === OTHER_VALUE || value === DONT_KNOW_VALUE) {
        return `"${value}" is reserved: use the "other" or "dontKnow" setting of the question instead`;
      }
      if (last === "value")
        return `${shown.trim()} is not valid: use lowercase letters, digits, - and _ (at most 40)`;
      return `${shown.trim()} is not valid: use lowercase letters, digits, - and _, starting with a letter (at most 40)`;
    }
    case "invalid_value":
      if (value === undefined) return "is required";
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`}`;
    case "invalid_union":
      if (issue.discriminator !== undefined) {
        const options = "options" in issue ? (issue.options ?? []) : [];
        if (value === undefined) return "is required";
        return `${JSON.stringify(value)} is not known; use one of ${options.join(", ")}`;
      }
      return "is not valid";
    default:
      return issue.message;
  }
}

/** The branch of a condition union the author meant, judged by the keys they wrote. */
function conditionBranch(
  issue: Extract<Issue, { code: "invalid_union" }>,
  input: unknown,
  path: readonly PropertyKey[],
) {
  const value = valueAt(input, path);
  if (issue.errors.length !== 3 || !isRecord(value)) return undefined;
  if ("all" in value) return issue.errors[1];
  if ("any" in value) return issue.errors[2];
  return issue.errors[0];
}

export function formatShapeIssues(
  issues: readonly Issue[],
  input: unknown,
  prefix: PropertyKey[] = [],
): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    const fullPath = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.discriminator === undefined) {
      const branch = conditionBranch(issue, input, fullPath);
      if (branch && branch.length > 0) {
        out.push(...formatShapeIssues(branch, input, fullPath));
        continue;
      }
    }
    const { place, rest } = placeOfPath(input, fullPath);
    const conditionDetail = rest[0] === "visibleIf" ? conditionField(rest.slice(1)) : "";
    const field = describeField(rest);
    const subject = rest.length === 0 ? "" : `${field}${conditionDetail} `;
    const text = `${subject}${problem(issue, input, fullPath)}`;
    out.push(`${place}: ${text}`);
  }
  return [...new Set(out)];
}

/** Inside a condition tree only the last key matters to the author (`condition operator is required`). */
function conditionField(rest: readonly PropertyKey[]): string {
  const last = rest[rest.length - 1];
  return typeof last === "string" ? ` ${last}` : "";
}
