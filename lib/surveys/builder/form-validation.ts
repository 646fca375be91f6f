import type { z } from "zod";
import { surveyDefinitionSchema } from "@/lib/surveys/definition/schema";
import { earlierQuestions, operatorsFor, valueChoices, valueKind } from "./condition-choices";
import { errorMessage as msg } from "./error-message";
import type { BuilderForm, ConditionItemForm, QuestionForm, VisibilityForm } from "./form-model";
import { formToDefinition, toNumber } from "./form-to-definition";
import { SURVEY_SLUG_MAX_LENGTH, SURVEY_SLUG_PATTERN } from "./ids";

/*
 * Every problem of a builder form, each at the path of the field to fix, with a Dutch message key
 * (error-message.ts). The shape rules are not repeated here: the form is converted to a definition
 * and run through the definition's own zod schema (lib/surveys/definition/schema.ts), whose issues map back to
 * the same paths. The checks that schema cannot make (unique ids, ranges, conditions built from
 * earlier questions) follow, mirroring lib/surveys/definition/validate-definition.ts. The server runs this
 * too (builder-schema.ts) and then `parseDefinition` as the final word.
 */

export type FormIssue = { path: string; message: string };

export function validateBuilderForm(form: BuilderForm): FormIssue[] {
  const issues: FormIssue[] = [];
  const add = (path: string, message: string) => {
    if (!issues.some((i) => i.path === path)) issues.push({ path, message });
  };
  checkSlug(form.slug, add);
  const parsed = surveyDefinitionSchema.safeParse(formToDefinition(form));
  if (!parsed.success) {
    const mapped = parsed.error.issues.map(mapSchemaIssue).filter((i): i is FormIssue => i !== undefined);
    // An empty label is reported as empty, not as the empty value it leaves.
    const firstDirect = (i: FormIssue) => (i.message === msg("valueFromLabel") ? 1 : 0);
    for (const issue of mapped.sort((a, b) => firstDirect(a) - firstDirect(b)))
      add(issue.path, issue.message);
  }
  checkIdentities(form, add);
  checkSettings(form, add);
  checkConditions(form, add);
  return issues;
}

type Add = (path: string, message: string) => void;

function checkSlug(slug: string, add: Add) {
  if (slug.trim() === "") add("slug", msg("required"));
  else if (slug.length > SURVEY_SLUG_MAX_LENGTH) add("slug", msg("tooLong", { max: SURVEY_SLUG_MAX_LENGTH }));
  else if (!SURVEY_SLUG_PATTERN.test(slug)) add("slug", msg("slugFormat"));
}

const LIST_MESSAGES: Record<string, [string, string]> = {
  pages: ["pagesMin", "pagesMax"],
  questions: ["questionsMin", "questionsMax"],
  options: ["optionsMin", "optionsMax"],
  statements: ["statementsMin", "statementsMax"],
  scale: ["scaleMin", "scaleMax"],
};

/** A definition-schema issue as a form problem; conditions are checked separately (checkConditions). */
function mapSchemaIssue(issue: z.core.$ZodIssue): FormIssue | undefined {
  const path = issue.path.map(String);
  if (path.includes("visibleIf")) return undefined;
  const last = path[path.length - 1] ?? "";
  // Option values and statement ids follow their label: the label is the field to fix.
  if (
    (last === "value" || last === "id") &&
    /^(options|scale|statements)$/.test(path[path.length - 3] ?? "")
  ) {
    const labelField = path[path.length - 3] === "statements" ? "text" : "label";
    return { path: [...path.slice(0, -1), labelField].join("."), message: msg("valueFromLabel") };
  }
  const at = path.join(".");
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string")
        return {
          path: at,
          message:
            Number(issue.minimum) <= 1 ? msg("required") : msg("tooShort", { min: Number(issue.minimum) }),
        };
      if (issue.origin === "array")
        return {
          path: at,
          message: msg(LIST_MESSAGES[last]?.[0] ?? "invalid", { min: Number(issue.minimum) }),
        };
      return { path: at, message: msg("numberMin", { min: Number(issue.minimum) }) };
    case "too_big":
      if (issue.origin === "string")
        return { path: at, message: msg("tooLong", { max: Number(issue.maximum) }) };
      if (issue.origin === "array")
        return {
          path: at,
          message: msg(LIST_MESSAGES[last]?.[1] ?? "invalid", { max: Number(issue.maximum) }),
        };
      return { path: at, message: msg("numberMax", { max: Number(issue.maximum) }) };
    case "invalid_type":
      if (issue.expected === "int") return { path: at, message: msg("notInteger") };
      if (issue.expected === "number") return { path: at, message: msg("notANumber") };
      return { path: at, message: msg("required") };
    case "invalid_format":
      return { path: at, message: msg(last === "id" ? "idFormat" : "invalid") };
    default:
      return { path: at, message: msg("invalid") };
  }
}

function checkIdentities(form: BuilderForm, add: Add) {
  const pageIds = new Map<string, number>();
  const questionIds = new Map<string, number>();
  form.pages.forEach((page, p) => {
    const pageId = page.id.trim();
    const firstPage = pageIds.get(pageId);
    if (pageId && firstPage !== undefined) add(`pages.${p}.id`, msg("pageIdTaken", { page: firstPage + 1 }));
    else pageIds.set(pageId, p);
    page.questions.forEach((question, q) => {
      const path = `pages.${p}.questions.${q}`;
      const id = question.id.trim();
      const firstPageOfId = questionIds.get(id);
      if (id && firstPageOfId !== undefined)
        add(`${path}.id`, msg("questionIdTaken", { page: firstPageOfId + 1 }));
      else questionIds.set(id, p);
      const lists: [string, { value: string }[]][] = [
        ["options", question.type === "likert" ? [] : question.options],
        ["scale", question.type === "likert" ? question.scale : []],
        ["statements", question.type === "likert" ? question.statements.map((s) => ({ value: s.id })) : []],
      ];
      for (const [name, list] of lists) {
        const seen = new Set<string>();
        list.forEach((item, index) => {
          if (item.value && seen.has(item.value))
            add(`${path}.${name}.${index}.${name === "statements" ? "text" : "label"}`, msg("duplicate"));
          seen.add(item.value);
        });
      }
    });
  });
}

function checkSettings(form: BuilderForm, add: Add) {
  form.pages.forEach((page, p) => {
    page.questions.forEach((q, i) => {
      const path = `pages.${p}.questions.${i}`;
      if (q.type === "number" && q.min.trim() && q.max.trim()) {
        const min = toNumber(q.min);
        const max = toNumber(q.max);
        if (min > max) add(`${path}.max`, msg("minAboveMax"));
      }
      if (q.type === "multiple_choice" && q.maxSelected.trim()) {
        const choosable = q.options.length + (q.other ? 1 : 0);
        if (toNumber(q.maxSelected) > choosable)
          add(`${path}.maxSelected`, msg("maxSelectedTooHigh", { count: choosable }));
      }
      if (q.type === "ranking" && q.rankCount.trim() && toNumber(q.rankCount) > q.options.length)
        add(`${path}.rankCount`, msg("rankCountTooHigh", { count: q.options.length }));
    });
  });
}

function checkConditions(form: BuilderForm, add: Add) {
  const all = new Map(form.pages.flatMap((page) => page.questions.map((q) => [q.id.trim(), q] as const)));
  form.pages.forEach((page, p) => {
    const earlier = new Set(earlierQuestions(form, p).map((e) => e.question.id.trim()));
    checkVisibility(page.visibility, `pages.${p}.visibility`, earlier, all, "page", add);
    page.questions.forEach((question, q) => {
      const before = new Set(earlierQuestions(form, p, q).map((e) => e.question.id.trim()));
      checkVisibility(
        question.visibility,
        `pages.${p}.questions.${q}.visibility`,
        before,
        all,
        "question",
        add,
      );
    });
  });
}

function checkVisibility(
  visibility: VisibilityForm,
  path: string,
  earlier: ReadonlySet<string>,
  all: ReadonlyMap<string, QuestionForm>,
  owner: "page" | "question",
  add: Add,
) {
  if (!visibility.enabled) return;
  if (visibility.items.length === 0) {
    add(`${path}.enabled`, msg("conditionEmpty"));
    return;
  }
  for (const [i, item] of visibility.items.entries())
    checkItem(item, `${path}.items.${i}`, earlier, all, owner, add);
}

function checkItem(
  item: ConditionItemForm,
  path: string,
  earlier: ReadonlySet<string>,
  all: ReadonlyMap<string, QuestionForm>,
  owner: "page" | "question",
  add: Add,
) {
  if (item.kind === "group") {
    if (item.items.length === 0) add(`${path}.mode`, msg("conditionGroupEmpty"));
    for (const [i, child] of item.items.entries())
      checkItem(child, `${path}.items.${i}`, earlier, all, owner, add);
    return;
  }
  if (item.question === "") return add(`${path}.question`, msg("conditionQuestionRequired"));
  const target = all.get(item.question);
  if (!target) return add(`${path}.question`, msg("conditionQuestionUnknown"));
  if (!earlier.has(item.question))
    return add(
      `${path}.question`,
      msg(owner === "page" ? "conditionQuestionLaterPage" : "conditionQuestionLater"),
    );
  if (target.type === "likert" && !target.statements.some((s) => s.id !== "" && s.id === item.statement)) {
    add(`${path}.statement`, msg("conditionStatementRequired"));
  }
  if (item.operator === "") return add(`${path}.operator`, msg("conditionOperatorRequired"));
  if (!operatorsFor(target.type).includes(item.operator))
    return add(`${path}.operator`, msg("conditionOperatorInvalid"));
  if (item.operator === "answered") return;
  const allowed = new Set(valueChoices(target).map((c) => c.value));
  if (item.operator === "any_of") {
    if (item.values.length === 0) return add(`${path}.values`, msg("conditionValuesRequired"));
    if (item.values.some((v) => !allowed.has(v))) add(`${path}.values`, msg("conditionValueUnknown"));
    return;
  }
  const kind = valueKind(target.type);
  if (item.value.trim() === "")
    return add(`${path}.value`, msg(kind === "option" ? "conditionValueRequired" : "conditionValueTyped"));
  if (kind === "number" && Number.isNaN(toNumber(item.value))) return add(`${path}.value`, msg("notANumber"));
  if (kind === "option" && !allowed.has(item.value)) add(`${path}.value`, msg("conditionValueUnknown"));
}
