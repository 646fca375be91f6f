import type { ConditionOperator, QuestionType } from "@/lib/surveys/definition/schema";

/*
 * The builder's form model: what react-hook-form holds while staff edit a survey. It mirrors the
 * definition (lib/surveys/definition/schema.ts) with three differences that suit form controls:
 * - every number is the text of its input ("" when empty), so typing never loses characters;
 * - every question carries every type's settings, so switching the type in the form keeps what
 *   was typed; only the chosen type's settings go into the definition;
 * - conditions are a group of rules (with optional nested groups) picked with controls, never
 *   a typed expression.
 * `form-to-definition.ts` and `definition-to-form.ts` convert between the two.
 */

export type Mode = "all" | "any";

/** An answer option or Likert scale point. `auto`: the value still follows the label (until first left). */
export type OptionForm = { value: string; label: string; auto: boolean };
/** A Likert statement. `auto`: the id still follows the text (until first left). */
export type StatementForm = { id: string; text: string; auto: boolean };

/**
 * One item of a condition group: a rule (question, operator, value) or a nested group.
 * One flat shape for both keeps react-hook-form's field arrays simple; `kind` says which fields count.
 */
export type ConditionItemForm = {
  kind: "rule" | "group";
  /** Rule: the earlier question whose answer is tested. */
  question: string;
  /** Rule on a Likert question: which statement. */
  statement: string;
  operator: ConditionOperator | "";
  /** Rule: an option value, a number or a text, as typed or chosen. */
  value: string;
  /** Rule with operator any_of: the chosen option values. */
  values: string[];
  /** Group: all (and) or any (or) of its items. */
  mode: Mode;
  items: ConditionItemForm[];
};

/** Show only when…: off, or one group of rules joined with and/or. */
export type VisibilityForm = { enabled: boolean; mode: Mode; items: ConditionItemForm[] };

export type QuestionForm = {
  id: string;
  /** The id was saved in a state where ids may no longer change (shown read-only). */
  locked: boolean;
  type: QuestionType;
  text: string;
  help: string;
  required: boolean;
  visibility: VisibilityForm;
  /** single_choice, multiple_choice, dropdown, ranking */
  options: OptionForm[];
  /** single_choice, multiple_choice */
  other: boolean;
  /** single_choice, multiple_choice, likert */
  dontKnow: boolean;
  /** multiple_choice */
  maxSelected: string;
  /** ranking: how many places to fill ("top 3"); empty: all */
  rankCount: string;
  /** likert */
  statements: StatementForm[];
  scale: OptionForm[];
  /** rating */
  minLabel: string;
  maxLabel: string;
  /** number */
  min: string;
  max: string;
  integer: boolean;
  unit: string;
  /** short_text, long_text */
  maxLength: string;
};

export type PageForm = {
  id: string;
  locked: boolean;
  title: string;
  intro: string;
  /** The Positieve Gezondheid block: its rating questions form the spider chart. */
  positiveHealth: boolean;
  visibility: VisibilityForm;
  questions: QuestionForm[];
};

export type BuilderForm = {
  title: string;
  /** The survey's address part (/s/<slug>); not part of the definition. */
  slug: string;
  intro: string;
  privacy: string;
  closing: string;
  estimatedMinutes: string;
  pages: PageForm[];
};

/** Types whose answers are option values from `options`. */
export const OPTION_TYPES: readonly QuestionType[] = [
  "single_choice",
  "multiple_choice",
  "dropdown",
  "ranking",
];
export const hasOptions = (type: QuestionType) => OPTION_TYPES.includes(type);

export const DEFAULT_MAX_LENGTH: Partial<Record<QuestionType, number>> = { short_text: 200, long_text: 2000 };

export const emptyVisibility = (): VisibilityForm => ({ enabled: false, mode: "all", items: [] });

export const newRule = (): ConditionItemForm => ({
  kind: "rule",
  question: "",
  statement: "",
  operator: "",
  value: "",
  values: [],
  mode: "all",
  items: [],
});

export const newGroup = (mode: Mode = "any"): ConditionItemForm => ({
  ...newRule(),
  kind: "group",
  mode,
  items: [newRule()],
});

export const newOption = (): OptionForm => ({ value: "", label: "", auto: true });
export const newStatement = (): StatementForm => ({ id: "", text: "", auto: true });

/**
 * A new question of a type, with what that type needs to be complete apart from texts:
 * two empty options, one empty statement, the given Likert scale.
 */
export function newQuestion(id: string, type: QuestionType, scale: OptionForm[]): QuestionForm {
  return {
    id,
    locked: false,
    type,
    text: "",
    help: "",
    required: false,
    visibility: emptyVisibility(),
    options: hasOptions(type) ? [newOption(), newOption()] : [],
    other: false,
    dontKnow: false,
    maxSelected: "",
    rankCount: "",
    statements: type === "likert" ? [newStatement()] : [],
    scale: type === "likert" ? scale.map((o) => ({ ...o })) : [],
    minLabel: "",
    maxLabel: "",
    min: "",
    max: "",
    integer: true,
    unit: "",
    maxLength: String(DEFAULT_MAX_LENGTH[type] ?? ""),
  };
}

export function newPage(id: string, title: string, firstQuestion: QuestionForm): PageForm {
  return {
    id,
    locked: false,
    title,
    intro: "",
    positiveHealth: false,
    visibility: emptyVisibility(),
    questions: [firstQuestion],
  };
}

/**
 * Fills in what a question needs when its type is switched in the form (options for a choice
 * question, a statement and scale for a Likert grid), keeping everything already typed.
 */
export function withTypeDefaults(
  question: QuestionForm,
  type: QuestionType,
  scale: OptionForm[],
): QuestionForm {
  const fresh = newQuestion(question.id, type, scale);
  return {
    ...question,
    type,
    options: hasOptions(type) && question.options.length === 0 ? fresh.options : question.options,
    statements:
      type === "likert" && question.statements.length === 0 ? fresh.statements : question.statements,
    scale: type === "likert" && question.scale.length === 0 ? fresh.scale : question.scale,
    maxLength:
      (type === "short_text" || type === "long_text") && question.type !== type
        ? fresh.maxLength
        : question.maxLength,
  };
}
