import type { UseFormRegister } from "react-hook-form";
import type { AnswerError, FormValue, PageFormValues } from "@/lib/surveys/definition/answer-types";
import type { Question } from "@/lib/surveys/definition/schema";

/** What every answer control receives: the question, its starting value and its errors. */
export type FieldProps<Q extends Question = Question> = {
  question: Q;
  /** Starting value: rendered as defaultValue/defaultChecked so the page works without JavaScript. */
  initial: FormValue;
  register: UseFormRegister<PageFormValues>;
  errors: AnswerError[];
  /** Ids of the elements that describe the whole question (help text, error messages). */
  describedBy?: string;
};
