import type { UseFormRegister, UseFormSetValue } from "react-hook-form";
import type { AnswerError, FormValue, PageFormValues, Question } from "@/lib/surveys";

/** What every answer control receives: the question, its starting value and its errors. */
export type FieldProps<Q extends Question = Question> = {
  question: Q;
  /** Starting value: rendered as defaultValue/defaultChecked so the page works without JavaScript. */
  initial: FormValue;
  register: UseFormRegister<PageFormValues>;
  /** For controls that keep their own state (the ranking's order) and tell the form. */
  setValue?: UseFormSetValue<PageFormValues>;
  errors: AnswerError[];
  /** Ids of the elements that describe the whole question (help text, error messages). */
  describedBy?: string;
};
