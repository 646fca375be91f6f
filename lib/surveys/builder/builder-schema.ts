import { z } from "zod";
import { CONDITION_OPERATORS, QUESTION_TYPES, type QuestionType } from "@/lib/surveys/definition/schema";
import { errorMessage } from "./error-message";
import type { BuilderForm, ConditionItemForm } from "./form-model";
import { validateBuilderForm } from "./form-validation";

/*
 * The builder form's zod schema, used by react-hook-form's zodResolver in the browser and by the
 * save action on the server. The object shape below only describes the form model (and caps
 * sizes, since the server also gets it from whoever posts); the real rules come from the
 * definition schema through `validateBuilderForm`, so they live in one place.
 */

const INVALID = errorMessage("invalid");
const text = (max = 20_000) =>
  z.string({ error: INVALID }).max(max, { error: errorMessage("tooLong", { max }) });
const flag = z.boolean({ error: INVALID });
const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item, { error: INVALID }).max(max, { error: INVALID });

const optionForm = z.object({ value: text(100), label: text(1000), auto: flag });
const statementForm = z.object({ id: text(100), text: text(1000), auto: flag });

const conditionItemForm: z.ZodType<ConditionItemForm, ConditionItemForm> = z.lazy(() =>
  z.object({
    kind: z.enum(["rule", "group"], { error: INVALID }),
    question: text(100),
    statement: text(100),
    operator: z.enum(["", ...CONDITION_OPERATORS], { error: INVALID }),
    value: text(1000),
    values: list(text(100), 300),
    mode: z.enum(["all", "any"], { error: INVALID }),
    items: list(conditionItemForm, 50),
  }),
);

const visibilityForm = z.object({
  enabled: flag,
  mode: z.enum(["all", "any"], { error: INVALID }),
  items: list(conditionItemForm, 50),
});

const questionForm = z.object({
  id: text(100),
  locked: flag,
  type: z.enum(QUESTION_TYPES as [QuestionType, ...QuestionType[]], { error: INVALID }),
  text: text(),
  help: text(),
  required: flag,
  visibility: visibilityForm,
  options: list(optionForm, 300),
  other: flag,
  dontKnow: flag,
  maxSelected: text(20),
  rankCount: text(20),
  statements: list(statementForm, 100),
  scale: list(optionForm, 30),
  minLabel: text(1000),
  maxLabel: text(1000),
  min: text(40),
  max: text(40),
  integer: flag,
  unit: text(1000),
  maxLength: text(20),
});

const pageForm = z.object({
  id: text(100),
  locked: flag,
  title: text(),
  intro: text(),
  positiveHealth: flag,
  visibility: visibilityForm,
  questions: list(questionForm, 200),
});

export const builderFormShape = z.object({
  title: text(),
  slug: text(200),
  intro: text(),
  privacy: text(),
  closing: text(),
  estimatedMinutes: text(20),
  pages: list(pageForm, 100),
});

const toPath = (path: string) => path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export const builderFormSchema = builderFormShape.superRefine((form, ctx) => {
  for (const issue of validateBuilderForm(form as BuilderForm)) {
    ctx.addIssue({ code: "custom", path: toPath(issue.path), message: issue.message });
  }
});

/**
 * A builder form posted as JSON in one form field (the form is too deeply nested for plain form
 * fields), checked with the same schema.
 */
export const builderFormJson = z
  .string({ error: INVALID })
  .max(3_000_000, { error: INVALID })
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: INVALID });
      return z.NEVER;
    }
  })
  .pipe(builderFormSchema);
