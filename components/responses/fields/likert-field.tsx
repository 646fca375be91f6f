"use client";

import { useTranslations } from "next-intl";
import { Choice } from "@/components/forms/choice-fields";
import { controlDomId, DONT_KNOW_VALUE, type LikertFormValue, type Question } from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";

type LikertQuestion = Extract<Question, { type: "likert" }>;

/**
 * A Likert grid as one fieldset per statement: unlike a table of radios, this reads well with a
 * screen reader and reflows on a phone, and every row is reachable with Tab and arrow keys.
 */
export function LikertField({ question, initial, register, errors }: FieldProps<LikertQuestion>) {
  const t = useTranslations("survey");
  const values = initial as LikertFormValue;
  const scale = [
    ...question.scale,
    ...(question.dontKnow ? [{ value: DONT_KNOW_VALUE, label: t("dontKnow") }] : []),
  ];
  return (
    <div className="likert">
      {question.statements.map((statement) => {
        const rowInvalid = errors.some((e) => e.field === controlDomId(question, { part: statement.id }));
        return (
          <fieldset key={statement.id} className="likert__row">
            <legend className="likert__statement">{statement.text}</legend>
            <div className="likert__scale">
              {scale.map((option) => {
                const id = controlDomId(question, { part: statement.id, value: option.value });
                return (
                  <Choice
                    key={option.value}
                    id={id}
                    type="radio"
                    label={option.label}
                    value={option.value}
                    defaultChecked={values[statement.id] === option.value}
                    aria-invalid={rowInvalid || undefined}
                    {...register(`${question.id}.${statement.id}` as never)}
                  />
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
