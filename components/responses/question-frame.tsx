"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { type AnswerError, controlDomId, fieldDomId, type Question } from "@/lib/surveys/client";

export function helpId(question: Question) {
  return `${fieldDomId(question.id)}-hulp`;
}

export function errorId(question: Question) {
  return `${fieldDomId(question.id)}-fout`;
}

/** The ids that describe a question's controls: help text, then the error messages. */
export function describedByFor(question: Question, errors: AnswerError[]): string | undefined {
  const ids = [question.help ? helpId(question) : null, errors.length > 0 ? errorId(question) : null];
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}

/**
 * One question: a fieldset with a legend for groups of controls, or a label for a single control.
 * Required questions say so in words; the error message sits between the label and the control.
 */
export function QuestionFrame({
  question,
  errors,
  group,
  children,
}: {
  question: Question;
  errors: AnswerError[];
  group: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("survey");
  const tv = useTranslations("validation");
  const required = question.required ? <span className="field__required"> ({t("required")})</span> : null;
  const className = `field${errors.length > 0 ? " field--error" : ""}`;
  const help = question.help ? (
    <p className="field__help" id={helpId(question)}>
      {question.help}
    </p>
  ) : null;
  const messages =
    errors.length > 0 ? (
      <div id={errorId(question)}>
        {errors.map((e) => (
          <p className="field__error" key={`${e.field}-${e.code}`}>
            <span className="visually-hidden">{t("errorPrefix")} </span>
            {tv(e.code, e.params ?? {})}
          </p>
        ))}
      </div>
    ) : null;

  if (group) {
    return (
      <fieldset className={className} aria-describedby={describedByFor(question, errors)}>
        <legend>
          {question.text}
          {required}
        </legend>
        {help}
        {messages}
        {children}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label className="field__label" htmlFor={controlDomId(question)}>
        {question.text}
        {required}
      </label>
      {help}
      {messages}
      {children}
    </div>
  );
}
