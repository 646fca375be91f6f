import type { ConditionNode, SurveyDefinitionInput } from "@/lib/surveys/definition/schema";
import { DEFINITION_FORMAT_VERSION } from "@/lib/surveys/definition/schema";
import {
  type BuilderForm,
  type ConditionItemForm,
  hasOptions,
  type OptionForm,
  type PageForm,
  type QuestionForm,
  type VisibilityForm,
} from "./form-model";

/*
 * The definition a form describes, exactly as the definition file would hold it. It is not
 * checked here: run it through `surveyDefinitionSchema` / `parseDefinition` (form-validation.ts
 * does, mapping every problem back to its field). Text that cannot be a number becomes NaN, so
 * the schema reports it rather than it silently disappearing.
 */

const trimmed = (text: string) => text.trim();
const optionalText = (text: string) => (text.trim() === "" ? undefined : text.trim());
const optionalNumber = (text: string) => (text.trim() === "" ? undefined : toNumber(text));

/** Accepts a Dutch decimal comma ("1,5"). */
export function toNumber(text: string): number {
  const normalized = text.trim().replace(",", ".");
  return normalized === "" || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number.NaN : Number(normalized);
}

const options = (list: readonly OptionForm[]) =>
  list.map((o) => ({ value: o.value, label: trimmed(o.label) }));

type QuestionTypes = ReadonlyMap<string, QuestionForm>;

export function formToDefinition(form: BuilderForm): SurveyDefinitionInput {
  const byId: QuestionTypes = new Map(form.pages.flatMap((p) => p.questions.map((q) => [q.id, q] as const)));
  const definition: SurveyDefinitionInput = {
    format: DEFINITION_FORMAT_VERSION,
    title: trimmed(form.title),
    intro: trimmed(form.intro),
    privacy: trimmed(form.privacy),
    closing: trimmed(form.closing),
    pages: form.pages.map((page) => pageToDefinition(page, byId)),
  };
  const minutes = optionalNumber(form.estimatedMinutes);
  if (minutes !== undefined) definition.estimatedMinutes = minutes;
  return definition;
}

type PageInput = SurveyDefinitionInput["pages"][number];
type QuestionInput = PageInput["questions"][number];

function pageToDefinition(page: PageForm, byId: QuestionTypes): PageInput {
  const out: PageInput = { id: page.id.trim(), title: trimmed(page.title), questions: [] };
  const intro = optionalText(page.intro);
  if (intro !== undefined) out.intro = intro;
  const visibleIf = visibilityToDefinition(page.visibility, byId);
  if (visibleIf) out.visibleIf = visibleIf;
  if (page.positiveHealth) out.block = "positive_health";
  out.questions = page.questions.map((q) => questionToDefinition(q, byId));
  return out;
}

export function questionToDefinition(q: QuestionForm, byId: QuestionTypes = new Map()): QuestionInput {
  const base: Record<string, unknown> = { id: q.id.trim(), type: q.type, text: trimmed(q.text) };
  const help = optionalText(q.help);
  if (help !== undefined) base.help = help;
  base.required = q.required;
  const visibleIf = visibilityToDefinition(q.visibility, byId);
  if (visibleIf) base.visibleIf = visibleIf;

  if (hasOptions(q.type)) base.options = options(q.options);
  switch (q.type) {
    case "single_choice":
    case "multiple_choice":
      base.other = q.other;
      base.dontKnow = q.dontKnow;
      if (q.type === "multiple_choice") {
        const maxSelected = optionalNumber(q.maxSelected);
        if (maxSelected !== undefined) base.maxSelected = maxSelected;
      }
      break;
    case "ranking": {
      const rankCount = optionalNumber(q.rankCount);
      if (rankCount !== undefined) base.rankCount = rankCount;
      break;
    }
    case "likert":
      base.statements = q.statements.map((s) => ({ id: s.id, text: trimmed(s.text) }));
      base.scale = options(q.scale);
      base.dontKnow = q.dontKnow;
      break;
    case "rating": {
      const minLabel = optionalText(q.minLabel);
      const maxLabel = optionalText(q.maxLabel);
      if (minLabel !== undefined) base.minLabel = minLabel;
      if (maxLabel !== undefined) base.maxLabel = maxLabel;
      break;
    }
    case "number": {
      const min = optionalNumber(q.min);
      const max = optionalNumber(q.max);
      if (min !== undefined) base.min = min;
      if (max !== undefined) base.max = max;
      base.integer = q.integer;
      const unit = optionalText(q.unit);
      if (unit !== undefined) base.unit = unit;
      break;
    }
    case "short_text":
    case "long_text":
      base.maxLength = toNumber(q.maxLength);
      break;
  }
  return base as QuestionInput;
}

/** Off or empty → no condition; a group of one rule → that rule alone. */
export function visibilityToDefinition(
  visibility: VisibilityForm,
  byId: QuestionTypes,
): ConditionNode | undefined {
  if (!visibility.enabled || visibility.items.length === 0) return undefined;
  const items = visibility.items.map((item) => itemToDefinition(item, byId));
  if (items.length === 1 && visibility.items[0].kind === "rule") return items[0];
  return visibility.mode === "all" ? { all: items } : { any: items };
}

function itemToDefinition(item: ConditionItemForm, byId: QuestionTypes): ConditionNode {
  if (item.kind === "group") {
    const items = item.items.map((child) => itemToDefinition(child, byId));
    return item.mode === "all" ? { all: items } : { any: items };
  }
  const target = byId.get(item.question);
  const node: ConditionNode = { question: item.question, operator: item.operator as "equals" };
  if (target?.type === "likert") node.statement = item.statement;
  if (item.operator === "answered") return node;
  if (item.operator === "any_of") node.value = [...item.values];
  else if (target?.type === "rating" || target?.type === "number") node.value = toNumber(item.value);
  else node.value = item.value;
  return node;
}
