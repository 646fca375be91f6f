"use client";

import { useTranslations } from "next-intl";
import { Choice } from "@/components/forms/choice-fields";
import {
  controlDomId,
  DONT_KNOW_VALUE,
  type MultipleChoiceFormValue,
  OTHER_VALUE,
  type Question,
  type SingleChoiceFormValue,
} from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";

type ChoiceQuestion = Extract<Question, { type: "single_choice" | "multiple_choice" }>;

/** Radios (single choice) or checkboxes (multiple choice), with "anders, namelijk" and "weet niet". */
export function ChoiceField({
  question,
  initial,
  register,
  errors,
  describedBy,
  otherOpen = true,
}: FieldProps<ChoiceQuestion> & { otherOpen?: boolean }) {
  const t = useTranslations("survey");
  const multiple = question.type === "multiple_choice";
  const name = multiple ? `${question.id}.choices` : `${question.id}.choice`;
  const chosen = multiple
    ? (initial as MultipleChoiceFormValue).choices
    : [(initial as SingleChoiceFormValue).choice].filter(Boolean);
  const otherText = (initial as SingleChoiceFormValue | MultipleChoiceFormValue).other ?? "";
  const options = [
    ...question.options,
    ...(question.other ? [{ value: OTHER_VALUE, label: t("other") }] : []),
    ...(question.dontKnow ? [{ value: DONT_KNOW_VALUE, label: t("dontKnow") }] : []),
  ];
  const invalid = errors.length > 0 ? true : undefined;
  const otherError = errors.some((e) => e.field === controlDomId(question, { part: "other" }));

  return (
    <div>
      {options.map((option) => {
        const id = controlDomId(question, { value: option.value });
        return (
          <div key={option.value}>
            <Choice
              id={id}
              type={multiple ? "checkbox" : "radio"}
              label={option.label}
              value={option.value}
              defaultChecked={chosen.includes(option.value)}
              aria-invalid={invalid}
              {...register(name as never)}
            />
            {option.value === OTHER_VALUE && otherOpen ? (
              <div className="choice__other">
                <label htmlFor={controlDomId(question, { part: "other" })} className="visually-hidden">
                  {t("otherText")}
                </label>
                <input
                  className="input"
                  type="text"
                  id={controlDomId(question, { part: "other" })}
                  defaultValue={otherText}
                  aria-invalid={otherError || undefined}
                  aria-describedby={describedBy}
                  autoComplete="off"
                  {...register(`${question.id}.other` as never)}
                />
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
