"use client";

import { useTranslations } from "next-intl";
import { controlDomId, type Question } from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";

type RatingQuestion = Extract<Question, { type: "rating" }>;

/** 0 to 10 as eleven radios in a row: arrow keys move along the scale. */
export function RatingField({ question, initial, register, errors }: FieldProps<RatingQuestion>) {
  const t = useTranslations("survey");
  const labels = `${question.minLabel ?? t("ratingMin")} – ${question.maxLabel ?? t("ratingMax")}`;
  return (
    <div className="rating">
      <p className="field__help rating__labels">{labels}</p>
      <div className="rating__scale">
        {Array.from({ length: 11 }, (_, score) => {
          const value = String(score);
          const id = controlDomId(question, { value });
          return (
            <div className="rating__option" key={value}>
              <input
                type="radio"
                id={id}
                value={value}
                defaultChecked={initial === value}
                aria-invalid={errors.length > 0 || undefined}
                {...register(question.id as never)}
              />
              <label htmlFor={id}>
                {value}
                {score === 0 ? (
                  <span className="visually-hidden"> ({question.minLabel ?? t("ratingMin")})</span>
                ) : null}
                {score === 10 ? (
                  <span className="visually-hidden"> ({question.maxLabel ?? t("ratingMax")})</span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </div>
  );
}
