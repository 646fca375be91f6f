"use client";

import { useTranslations } from "next-intl";
import { controlDomId, type Question } from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";

type DropdownQuestion = Extract<Question, { type: "dropdown" }>;

export function DropdownField({
  question,
  initial,
  register,
  errors,
  describedBy,
}: FieldProps<DropdownQuestion>) {
  const t = useTranslations("survey");
  return (
    <select
      className="select"
      id={controlDomId(question)}
      defaultValue={initial as string}
      aria-invalid={errors.length > 0 || undefined}
      aria-describedby={describedBy}
      aria-required={question.required || undefined}
      {...register(question.id as never)}
    >
      <option value="">{t("choose")}</option>
      {question.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
