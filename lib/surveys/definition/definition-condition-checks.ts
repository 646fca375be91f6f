import type { PageEntry, QuestionEntry } from "./definition-model";
import { renderedOptionValues } from "./dom-ids";
import type { Condition, ConditionNode, Question } from "./schema";

/*
 * Checks every condition of a definition: the question it tests exists and comes EARLIER (which
 * also rules out self-references and cycles, so visibility can be settled in one pass in survey
 * order), a page condition uses only questions on earlier pages, and operator, statement and value
 * fit the tested question's type.
 */

function leaves(node: ConditionNode): Condition[] {
  if ("all" in node) return node.all.flatMap(leaves);
  if ("any" in node) return node.any.flatMap(leaves);
  return [node];
}

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");

/** Values a condition may compare a question with, or undefined when any string will do. */
function comparableValues(q: Question): string[] | undefined {
  switch (q.type) {
    case "single_choice":
    case "multiple_choice":
    case "dropdown":
    case "likert":
      return renderedOptionValues(q);
    default:
      return undefined;
  }
}

function checkStatement(leaf: Condition, q: Question): string[] {
  if (q.type !== "likert") {
    return leaf.statement === undefined ? [] : ['"statement" can only be used for a likert question'];
  }
  const ids = q.statements.map((s) => s.id);
  if (leaf.statement === undefined) return [`a likert question needs "statement" (one of ${list(ids)})`];
  if (!ids.includes(leaf.statement))
    return [`statement "${leaf.statement}" does not exist (use one of ${list(ids)})`];
  return [];
}

function checkOptionValues(values: readonly string[], q: Question): string[] {
  const allowed = comparableValues(q);
  if (!allowed) return [];
  return values
    .filter((v) => !allowed.includes(v))
    .map((v) => `value "${v}" is not an answer option of "${q.id}" (use one of ${list(allowed)})`);
}

function checkOperator(leaf: Condition, q: Question): string[] {
  const { operator, value } = leaf;
  const numeric = q.type === "rating" || q.type === "number";
  if (operator === "answered") return value === undefined ? [] : ['operator "answered" takes no value'];
  if (q.type === "ranking")
    return [`a ranking question can only be tested with "answered", not "${operator}"`];
  if (operator === "gt" || operator === "lt") {
    if (!numeric)
      return [`operator "${operator}" needs a rating or number question, but "${q.id}" is ${q.type}`];
    return typeof value === "number" ? [] : [`operator "${operator}" needs a number as value`];
  }
  if (operator === "any_of") {
    if (numeric) return [`operator "any_of" cannot test a ${q.type} question; use equals, gt or lt`];
    if (!Array.isArray(value) || value.length === 0) {
      return ['operator "any_of" needs a non-empty list of answer options as value'];
    }
    return checkOptionValues(value, q);
  }
  // equals / not_equals
  if (numeric)
    return typeof value === "number"
      ? []
      : [`operator "${operator}" on a ${q.type} question needs a number as value`];
  if (typeof value !== "string")
    return [`operator "${operator}" needs ${comparableValues(q) ? "an answer option" : "a text"} as value`];
  return checkOptionValues([value], q);
}

type Context = { kind: "question"; entry: QuestionEntry } | { kind: "page"; page: PageEntry };

function checkLeaf(leaf: Condition, context: Context, byId: Map<string, QuestionEntry>): string[] {
  const target = byId.get(leaf.question);
  if (!target) return [`condition refers to unknown question "${leaf.question}"`];
  const problems: string[] = [];
  if (context.kind === "question") {
    if (target === context.entry) problems.push("condition refers to itself");
    else if (target.ordinal > context.entry.ordinal) {
      problems.push(
        `condition refers to a later question "${leaf.question}" (${target.place}); a condition can only use questions that come before it`,
      );
    }
  } else if (target.pageIndex === context.page.index) {
    problems.push(
      `condition refers to question "${leaf.question}" on this same page; a page condition can only use questions on earlier pages`,
    );
  } else if (target.pageIndex > context.page.index) {
    problems.push(
      `condition refers to a later question "${leaf.question}" (${target.place}); a page condition can only use questions on earlier pages`,
    );
  }
  if (target.question) {
    const detail = [...checkStatement(leaf, target.question), ...checkOperator(leaf, target.question)];
    problems.push(...detail.map((d) => `condition on "${leaf.question}": ${d}`));
  }
  return problems;
}

export function checkConditions(pages: readonly PageEntry[]): string[] {
  const byId = new Map<string, QuestionEntry>();
  for (const entry of pages.flatMap((p) => p.questions)) {
    if (entry.id && !byId.has(entry.id)) byId.set(entry.id, entry);
  }
  const errors: string[] = [];
  for (const page of pages) {
    if (page.visibleIf) {
      for (const leaf of leaves(page.visibleIf)) {
        errors.push(...checkLeaf(leaf, { kind: "page", page }, byId).map((p) => `${page.place}: ${p}`));
      }
    }
    for (const entry of page.questions) {
      if (!entry.visibleIf) continue;
      for (const leaf of leaves(entry.visibleIf)) {
        errors.push(...checkLeaf(leaf, { kind: "question", entry }, byId).map((p) => `${entry.place}: ${p}`));
      }
    }
  }
  return errors;
}
