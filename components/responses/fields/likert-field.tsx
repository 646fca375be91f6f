"use client";

import { useTranslations } from "next-intl";
import { Choice } from "@/components/forms/choice-fields";
import { controlDomId, DONT_KNOW_VALUE, type LikertFormValue, type Question } from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";
import "./likert-field.css";

type LikertQuestion = Extract<Question, { type: "likert" }>;

/**
 * A Likert grid as one fieldset per statement (the statement is its legend): unlike a table of
 * radios, this reads well with a screen reader, and every row is reachable with Tab and arrow keys.
 * Its options stand in one row when they fit and in one column when they do not (likert-field.css),
 * each with its own label, so the order of the scale is clear on a phone too.
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
            <div className="likert__scale-box">
              <div className="likert__scale" data-count={scale.length}>
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
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
