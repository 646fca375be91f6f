"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { type Control, type UseFormRegister, useWatch } from "react-hook-form";
import { Choice } from "@/components/forms/choice-fields";
import { TextareaField } from "@/components/forms/form-field";
import type { AdviceFormValues } from "./advice-form";

export type QuestionChoice = { id: string; number: number; text: string; pageTitle: string };

/** One advice point: its text, the questions it is about, and buttons to move or remove it. */
export function AdvicePointFields({
  initial,
  index,
  count,
  register,
  control,
  questions,
  bodyError,
  questionsError,
  onMove,
  onRemove,
}: {
  /** The point as the form started (server-rendered values, for browsers without JavaScript). */
  initial: { body: string; questionIds: string[] };
  index: number;
  count: number;
  register: UseFormRegister<AdviceFormValues>;
  control: Control<AdviceFormValues>;
  questions: QuestionChoice[];
  bodyError?: string;
  questionsError?: string;
  onMove: (from: number, to: number) => void;
  onRemove: (at: number) => void;
}) {
  const t = useTranslations("review.advice");
  const tf = useTranslations("review.form");
  const number = index + 1;
  const linked = useWatch({ control, name: `points.${index}.questionIds` }) ?? [];
  const linkedCount = Array.isArray(linked) ? linked.length : linked ? 1 : 0;
  const pages = [...new Set(questions.map((q) => q.pageTitle))];
  const groupId = `advice-point-${index}-questions`;
  // The error summary links to the first checkbox; the others get their own ids.
  const firstQuestionId = questions[0]?.id;
  // Open when the point already has questions; after that the person opens and closes it.
  const [open, setOpen] = useState(linkedCount > 0);
  return (
    <fieldset className="advice-point" data-point={number}>
      <legend className="advice-point__legend">{t("pointLegend", { number })}</legend>
      <TextareaField
        id={`advice-point-${index}-body`}
        label={t("pointBody", { number })}
        requiredLabel={tf("required")}
        error={bodyError}
        rows={4}
        defaultValue={initial.body}
        {...register(`points.${index}.body`)}
      />
      <details
        className="advice-point__questions"
        open={open || Boolean(questionsError)}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary>{t("linkSummary", { number, count: linkedCount })}</summary>
        <fieldset className={questionsError ? "field field--error" : "field"}>
          <legend className="field__label">{t("linkLegend", { number })}</legend>
          <p className="field__help">{t("linkHelp")}</p>
          {questionsError ? <p className="field__error">{questionsError}</p> : null}
          {pages.map((page) => (
            <div key={page} className="advice-point__page">
              <p className="advice-point__page-title">{page}</p>
              {questions
                .filter((q) => q.pageTitle === page)
                .map((q) => {
                  const id = q.id === firstQuestionId ? groupId : `advice-point-${index}-q-${q.id}`;
                  return (
                    <Choice
                      key={q.id}
                      id={id}
                      type="checkbox"
                      label={t("questionChoice", { number: q.number, text: q.text })}
                      value={q.id}
                      defaultChecked={initial.questionIds.includes(q.id)}
                      {...register(`points.${index}.questionIds`)}
                    />
                  );
                })}
            </div>
          ))}
        </fieldset>
      </details>
      <div className="advice-point__tools">
        {index > 0 ? (
          <button type="button" className="button button--secondary" onClick={() => onMove(index, index - 1)}>
            {t("moveUp")}
            <span className="visually-hidden"> ({t("pointLegend", { number })})</span>
          </button>
        ) : null}
        {index < count - 1 ? (
          <button type="button" className="button button--secondary" onClick={() => onMove(index, index + 1)}>
            {t("moveDown")}
            <span className="visually-hidden"> ({t("pointLegend", { number })})</span>
          </button>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => onRemove(index)}>
          {t("remove")}
          <span className="visually-hidden"> ({t("pointLegend", { number })})</span>
        </button>
      </div>
    </fieldset>
  );
}
