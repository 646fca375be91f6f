"use client";

import { controlDomId, type Question } from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";

type NumberQuestion = Extract<Question, { type: "number" }>;

/** A text input with a numeric keyboard: type="number" drops what it cannot parse, hiding mistakes. */
export function NumberField({
  question,
  initial,
  register,
  errors,
  describedBy,
}: FieldProps<NumberQuestion>) {
  return (
    <div className="number-field">
      <input
        className="input input--short"
        type="text"
        inputMode={question.integer ? "numeric" : "decimal"}
        id={controlDomId(question)}
        defaultValue={initial as string}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        aria-required={question.required || undefined}
        autoComplete="off"
        {...register(question.id as never)}
      />
      {question.unit ? <span className="number-field__unit">{question.unit}</span> : null}
    </div>
  );
}
