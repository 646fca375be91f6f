import type {
  ConditionNode,
  Option,
  Page,
  Question,
  SurveyDefinition,
} from "@/lib/surveys/definition/schema";
import {
  type BuilderForm,
  type ConditionItemForm,
  emptyVisibility,
  newQuestion,
  newRule,
  type OptionForm,
  type PageForm,
  type QuestionForm,
  type VisibilityForm,
} from "./form-model";

/** What the form shows of a saved definition. `lockIds`: ids may no longer change (shown read-only). */
export function definitionToForm(
  definition: SurveyDefinition,
  slug: string,
  options: { lockIds: boolean },
): BuilderForm {
  return {
    title: definition.title,
    slug,
    intro: definition.intro,
    privacy: definition.privacy,
    closing: definition.closing,
    estimatedMinutes: numberText(definition.estimatedMinutes),
    pages: definition.pages.map((page) => pageToForm(page, options.lockIds)),
  };
}

function pageToForm(page: Page, locked: boolean): PageForm {
  return {
    id: page.id,
    locked,
    title: page.title,
    intro: page.intro ?? "",
    positiveHealth: page.block === "positive_health",
    visibility: visibilityToForm(page.visibleIf),
    questions: page.questions.map((q) => questionToForm(q, locked)),
  };
}

const numberText = (n: number | undefined) => (n === undefined ? "" : String(n));
/** Saved options keep their value: it no longer follows the label. */
const optionsToForm = (options: readonly Option[]): OptionForm[] =>
  options.map((o) => ({ value: o.value, label: o.label, auto: false }));

export function questionToForm(question: Question, locked: boolean): QuestionForm {
  const form: QuestionForm = {
    ...newQuestion(question.id, question.type, []),
    locked,
    text: question.text,
    help: question.help ?? "",
    required: question.required,
    visibility: visibilityToForm(question.visibleIf),
  };
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
      form.options = optionsToForm(question.options);
      form.other = question.other;
      form.dontKnow = question.dontKnow;
      if (question.type === "multiple_choice") form.maxSelected = numberText(question.maxSelected);
      break;
    case "dropdown":
      form.options = optionsToForm(question.options);
      break;
    case "ranking":
      form.options = optionsToForm(question.options);
      form.rankCount = numberText(question.rankCount);
      break;
    case "likert":
      form.statements = question.statements.map((s) => ({ id: s.id, text: s.text, auto: false }));
      form.scale = optionsToForm(question.scale);
      form.dontKnow = question.dontKnow;
      break;
    case "rating":
      form.minLabel = question.minLabel ?? "";
      form.maxLabel = question.maxLabel ?? "";
      break;
    case "number":
      form.min = numberText(question.min);
      form.max = numberText(question.max);
      form.integer = question.integer;
      form.unit = question.unit ?? "";
      break;
    case "short_text":
    case "long_text":
      form.maxLength = String(question.maxLength);
      break;
  }
  return form;
}

/** A condition becomes one group: a single rule is a group of one (joined with "all"). */
export function visibilityToForm(node: ConditionNode | undefined): VisibilityForm {
  if (!node) return emptyVisibility();
  if ("all" in node) return { enabled: true, mode: "all", items: node.all.map(itemToForm) };
  if ("any" in node) return { enabled: true, mode: "any", items: node.any.map(itemToForm) };
  return { enabled: true, mode: "all", items: [itemToForm(node)] };
}

function itemToForm(node: ConditionNode): ConditionItemForm {
  if ("all" in node) return { ...newRule(), kind: "group", mode: "all", items: node.all.map(itemToForm) };
  if ("any" in node) return { ...newRule(), kind: "group", mode: "any", items: node.any.map(itemToForm) };
  const { value } = node;
  return {
    ...newRule(),
    question: node.question,
    statement: node.statement ?? "",
    operator: node.operator,
    value: typeof value === "string" || typeof value === "number" ? String(value) : "",
    values: Array.isArray(value) ? [...value] : [],
  };
}
