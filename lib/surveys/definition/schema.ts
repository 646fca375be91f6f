import { z } from "zod";
import { LOCALES, type Locale } from "@/i18n/locales";

/**
 * The survey definition: a versioned JSON document of pages holding questions.
 * This file holds the shape only; cross-references (conditions pointing at known, earlier
 * questions; unique ids) are checked in `validate-definition.ts`, which names the place of
 * every problem.
 */

export const DEFINITION_FORMAT_VERSION = 1;

/** The languages a survey's content can be translated into: every interface locale but Dutch. */
export const TRANSLATION_LOCALES = LOCALES.filter(
  (locale): locale is Exclude<Locale, "nl"> => locale !== "nl",
) as [Exclude<Locale, "nl">, ...Exclude<Locale, "nl">[]];
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

/** Stable identifiers: they are the keys stored answers hang on, so they never change meaning. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, "id: lowercase letters, digits, - and _, starting with a letter");

import { DONT_KNOW_VALUE, OTHER_VALUE } from "./reserved-values";

export { DONT_KNOW_VALUE, OTHER_VALUE };

export const optionSchema = z.object({
  value: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "option value: lowercase letters, digits, - and _"),
  label: z.string().min(1).max(300),
});
export type Option = z.infer<typeof optionSchema>;

export const CONDITION_OPERATORS = ["equals", "not_equals", "any_of", "gt", "lt", "answered"] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const conditionSchema = z.object({
  /** The question whose answer is tested; it must come earlier in the survey. */
  question: idSchema,
  /** For a Likert grid: which statement of that question. */
  statement: idSchema.optional(),
  operator: z.enum(CONDITION_OPERATORS),
  /** string for choices/text, number for rating/number, string[] for any_of; none for answered. */
  value: z.union([z.string(), z.number(), z.array(z.string())]).optional(),
});
export type Condition = z.infer<typeof conditionSchema>;

export type ConditionNode = Condition | { all: ConditionNode[] } | { any: ConditionNode[] };

export const conditionNodeSchema: z.ZodType<ConditionNode> = z.lazy(() =>
  z.union([
    conditionSchema,
    z.object({ all: z.array(conditionNodeSchema).min(1) }),
    z.object({ any: z.array(conditionNodeSchema).min(1) }),
  ]),
);

const questionBase = {
  id: idSchema,
  /** The question as residents read it. */
  text: z.string().min(1).max(1000),
  help: z.string().max(2000).optional(),
  required: z.boolean().default(false),
  /** Shown only when this holds; evaluated on earlier answers (lib/surveys/definition/conditions.ts). */
  visibleIf: conditionNodeSchema.optional(),
};

const choiceExtras = {
  options: z.array(optionSchema).min(2).max(50),
  /** Adds "Anders, namelijk …" with a text field. */
  other: z.boolean().default(false),
  /** Adds "Weet niet / geen mening". */
  dontKnow: z.boolean().default(false),
};

export const singleChoiceSchema = z.object({
  ...questionBase,
  type: z.literal("single_choice"),
  ...choiceExtras,
});
export const multipleChoiceSchema = z.object({
  ...questionBase,
  type: z.literal("multiple_choice"),
  ...choiceExtras,
  maxSelected: z.number().int().min(1).optional(),
});
export const likertSchema = z.object({
  ...questionBase,
  type: z.literal("likert"),
  statements: z
    .array(z.object({ id: idSchema, text: z.string().min(1).max(500) }))
    .min(1)
    .max(30),
  scale: z.array(optionSchema).min(2).max(11),
  dontKnow: z.boolean().default(false),
});
export const ratingSchema = z.object({
  ...questionBase,
  type: z.literal("rating"),
  /** Always 0 to 10; labels for the ends help residents read the scale. */
  minLabel: z.string().max(100).optional(),
  maxLabel: z.string().max(100).optional(),
});
export const numberSchema = z.object({
  ...questionBase,
  type: z.literal("number"),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(true),
  unit: z.string().max(40).optional(),
});
export const shortTextSchema = z.object({
  ...questionBase,
  type: z.literal("short_text"),
  maxLength: z.number().int().min(1).max(500).default(200),
});
export const longTextSchema = z.object({
  ...questionBase,
  type: z.literal("long_text"),
  maxLength: z.number().int().min(1).max(10000).default(2000),
});
export const dropdownSchema = z.object({
  ...questionBase,
  type: z.literal("dropdown"),
  options: z.array(optionSchema).min(2).max(200),
});
export const rankingSchema = z.object({
  ...questionBase,
  type: z.literal("ranking"),
  options: z.array(optionSchema).min(2).max(10),
  /** Only the first places are asked for ("kies uw top 3"); absent: every option gets a place. */
  rankCount: z.number().int().min(1).max(10).optional(),
});

export const questionSchema = z.discriminatedUnion("type", [
  singleChoiceSchema,
  multipleChoiceSchema,
  likertSchema,
  ratingSchema,
  numberSchema,
  shortTextSchema,
  longTextSchema,
  dropdownSchema,
  rankingSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question["type"];
export const QUESTION_TYPES = questionSchema.options.map((o) => o.shape.type.value) as QuestionType[];

export const pageSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(200),
  intro: z.string().max(4000).optional(),
  /** A page may be shown only when a condition on earlier pages holds. */
  visibleIf: conditionNodeSchema.optional(),
  /** Marks the page as the Positieve Gezondheid block: its rating questions form the spider chart. */
  block: z.enum(["positive_health"]).optional(),
  questions: z.array(questionSchema).min(1).max(100),
});
export type Page = z.infer<typeof pageSchema>;

export const surveyDefinitionSchema = z.object({
  format: z.literal(DEFINITION_FORMAT_VERSION).default(DEFINITION_FORMAT_VERSION),
  title: z.string().min(1).max(200),
  /** Shown on the start page. */
  intro: z.string().min(1).max(10000),
  /** What is stored, why, how long, and who sees it (shown before the first question). */
  privacy: z.string().min(1).max(10000),
  /** Shown after the last page. */
  closing: z.string().min(1).max(4000),
  /** Rough time in minutes, shown on the start page. */
  estimatedMinutes: z.number().int().min(1).max(120).optional(),
  pages: z.array(pageSchema).min(1).max(50),
  /**
   * The survey's texts in other languages: locale → flat key → text. Dutch is the source (the
   * definition itself); the keys are listed by `translationKeys` (translation-keys.ts) and are
   * stable because ids are. A missing text falls back to Dutch; a language is offered to residents
   * only when its translation is complete (localize-definition.ts). Answers stay option values.
   */
  translations: z.partialRecord(z.enum(TRANSLATION_LOCALES), z.record(z.string(), z.string())).optional(),
});
export type SurveyDefinition = z.infer<typeof surveyDefinitionSchema>;
export type SurveyDefinitionInput = z.input<typeof surveyDefinitionSchema>;
