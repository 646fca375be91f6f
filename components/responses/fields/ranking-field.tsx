"use client";

import { useTranslations } from "next-intl";
import { controlDomId, type Question, type RankingFormValue } from "@/lib/surveys/client";
import type { FieldProps } from "./field-props";

type RankingQuestion = Extract<Question, { type: "ranking" }>;

/**
 * Ranking with a place selector per option: works without JavaScript and by keyboard, where
 * drag-and-drop would shut out keyboard and screen-reader users.
 */
export function RankingField({ question, initial, register, errors }: FieldProps<RankingQuestion>) {
  const t = useTranslations("survey");
  const ranks = initial as RankingFormValue;
  const places = question.options.map((_, i) => String(i + 1));
  return (
    <div className="ranking">
      <p className="field__help">{t("rankingHelp", { count: question.options.length })}</p>
      {question.options.map((option) => {
        const id = controlDomId(question, { part: option.value });
        return (
          <div className="ranking__item" key={option.value}>
            <select
              className="select ranking__select"
              id={id}
              defaultValue={ranks[option.value] ?? ""}
              aria-invalid={errors.length > 0 || undefined}
              {...register(`${question.id}.${option.value}` as never)}
            >
              <option value="">{t("rankingNone")}</option>
              {places.map((p) => (
                <option key={p} value={p}>
                  {t("rankingPlace", { place: p })}
                </option>
              ))}
            </select>
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </div>
  );
}
